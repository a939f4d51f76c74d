package org.amtsplan.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a sign-in session of the pages ends, and when its last activity is worth writing down. A
 * session ends after {@code idle} without a request (a clerk who left the counter) and, however
 * busy, after {@code absolute} since sign-in (a working day), so a stolen cookie is not good
 * forever. Activity is written at most once per {@link #TOUCH_EVERY}, not on every request; a
 * session may therefore end up to that much earlier than its idle time after the last request.
 */
final class SessionTimeouts {

    /** How stale the stored last activity may get before a request writes it again. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /**
     * Whether a session is still good and, if so, whether this request should write its activity.
     */
    enum Verdict {
        ALIVE,
        ALIVE_TOUCH,
        ENDED
    }

    private final Duration idle;
    private final Duration absolute;
    private final Clock clock;

    SessionTimeouts(Duration idle, Duration absolute, Clock clock) {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("session timeouts must be positive");
        }
        this.idle = idle;
        this.absolute = absolute;
        this.clock = clock;
    }

    Verdict check(Instant createdAt, Instant lastSeenAt) {
        Instant now = clock.instant();
        if (!now.isBefore(createdAt.plus(absolute)) || !now.isBefore(lastSeenAt.plus(idle))) {
            return Verdict.ENDED;
        }
        return Duration.between(lastSeenAt, now).compareTo(TOUCH_EVERY) >= 0
                ? Verdict.ALIVE_TOUCH
                : Verdict.ALIVE;
    }

    /** Sessions whose last activity is before this have ended by idleness. */
    Instant idleSince() {
        return clock.instant().minus(idle);
    }

    /** Sessions created before this have ended by their absolute lifetime. */
    Instant createdBefore() {
        return clock.instant().minus(absolute);
    }

    Instant now() {
        return clock.instant();
    }
}
