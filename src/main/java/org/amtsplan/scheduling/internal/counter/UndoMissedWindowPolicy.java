package org.amtsplan.scheduling.internal.counter;

import java.time.Duration;
import java.time.Instant;
import org.amtsplan.scheduling.spi.Decision;

/**
 * "Did not come" can be taken back for the unit's {@code undoMissedMinutes} (default 5): long
 * enough for a person who was just late to the counter, short enough that the queue and the
 * statistics do not change behind everyone's back hours later.
 */
final class UndoMissedWindowPolicy {

    private UndoMissedWindowPolicy() {}

    static Decision evaluate(Instant missedAt, Instant now, int minutes) {
        if (missedAt == null) {
            return Decision.ALLOWED; // nothing to undo: the ticket says so itself
        }
        boolean inTime = now.isBefore(missedAt.plus(Duration.ofMinutes(minutes)));
        return inTime
                ? Decision.ALLOWED
                : Decision.rejected(null, "scheduling.ticket.undoTooLate", minutes);
    }
}
