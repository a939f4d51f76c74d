package org.amtsplan.disruption.internal.offline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.amtsplan.platform.FieldError;

/**
 * An action's time is the device's clock: a few minutes ahead of the server is drift, more is a
 * wrong clock; older than a week is no outage this server should still be told about.
 */
final class ActionTimePolicy {

    static final String FIELD = "at";
    static final Duration AHEAD = Duration.ofMinutes(5);
    static final Duration BACK = Duration.ofDays(7);

    private ActionTimePolicy() {}

    static Optional<FieldError> evaluate(Instant at, Instant now) {
        if (at == null) {
            return Optional.empty(); // already refused as missing or malformed
        }
        if (at.isAfter(now.plus(AHEAD))) {
            return Optional.of(new FieldError(FIELD, "disruption.offline.atAhead"));
        }
        if (at.isBefore(now.minus(BACK))) {
            return Optional.of(new FieldError(FIELD, "disruption.offline.atTooOld", BACK.toDays()));
        }
        return Optional.empty();
    }
}
