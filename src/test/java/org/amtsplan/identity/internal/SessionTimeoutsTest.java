package org.amtsplan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amtsplan.identity.internal.SessionTimeouts.Verdict;
import org.junit.jupiter.api.Test;

class SessionTimeoutsTest {

    static final Instant SIGNED_IN = Instant.parse("2030-06-04T06:00:00Z");

    static SessionTimeouts at(Instant now) {
        return new SessionTimeouts(
                Duration.ofMinutes(30), Duration.ofHours(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aSessionInUseStaysGoodAndItsActivityIsWrittenAtMostOnceAMinute() {
        assertEquals(Verdict.ALIVE, at(SIGNED_IN.plusSeconds(59)).check(SIGNED_IN, SIGNED_IN));
        assertEquals(
                Verdict.ALIVE_TOUCH, at(SIGNED_IN.plusSeconds(60)).check(SIGNED_IN, SIGNED_IN));
        Instant seen = SIGNED_IN.plus(Duration.ofHours(3));
        assertEquals(Verdict.ALIVE, at(seen.plusSeconds(30)).check(SIGNED_IN, seen));
    }

    @Test
    void aClerkAwayLongerThanTheIdleTimeIsSignedOut() {
        Instant seen = SIGNED_IN.plus(Duration.ofHours(2));
        assertEquals(
                Verdict.ALIVE_TOUCH,
                at(seen.plus(Duration.ofMinutes(29)).plusSeconds(59)).check(SIGNED_IN, seen));
        assertEquals(Verdict.ENDED, at(seen.plus(Duration.ofMinutes(30))).check(SIGNED_IN, seen));
    }

    @Test
    void evenABusySessionEndsAfterAWorkingDay() {
        Instant end = SIGNED_IN.plus(Duration.ofHours(10));
        assertEquals(Verdict.ALIVE, at(end.minusSeconds(1)).check(SIGNED_IN, end.minusSeconds(10)));
        assertEquals(Verdict.ENDED, at(end).check(SIGNED_IN, end.minusSeconds(10)));
    }

    @Test
    void theCleanUpBoundsFollowTheClock() {
        SessionTimeouts timeouts = at(SIGNED_IN);
        assertEquals(SIGNED_IN.minus(Duration.ofMinutes(30)), timeouts.idleSince());
        assertEquals(SIGNED_IN.minus(Duration.ofHours(10)), timeouts.createdBefore());
    }

    @Test
    void timeoutsMustBePositive() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SessionTimeouts(Duration.ZERO, Duration.ofHours(1), Clock.systemUTC()));
    }
}
