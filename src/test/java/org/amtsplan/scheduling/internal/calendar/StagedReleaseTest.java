package org.amtsplan.scheduling.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.amtsplan.scheduling.api.SessionKind;
import org.junit.jupiter.api.Test;

class StagedReleaseTest {

    static final Instant ADDED = Instant.parse("2026-11-24T15:00:00Z");

    @Test
    void eachStageAddsItsShareUntilEveryCounterIsBookable() {
        StagedRelease release = new StagedRelease(3, 60, ADDED);
        assertEquals(
                0, release.released(5, ADDED.minusSeconds(1)), "nothing before the head added it");
        assertEquals(2, release.released(5, ADDED), "first stage: ceil(5/3)");
        assertEquals(2, release.released(5, ADDED.plus(Duration.ofMinutes(59))));
        assertEquals(
                4,
                release.released(5, ADDED.plus(Duration.ofMinutes(60))),
                "second stage: ceil(10/3)");
        assertEquals(
                5, release.released(5, ADDED.plus(Duration.ofMinutes(120))), "last stage: all");
        assertEquals(5, release.released(5, ADDED.plus(Duration.ofDays(3))));
        assertEquals(ADDED.plus(Duration.ofMinutes(120)), release.completeAt());
    }

    @Test
    void sessionsCountOnlyTheReleasedCountersWhileReservedOnesCannotBeStaged() {
        DatedSession session =
                new DatedSession(
                                "vehicle",
                                "mitte",
                                LocalDate.of(2026, 11, 26),
                                LocalTime.of(16, 0),
                                LocalTime.of(19, 0),
                                4,
                                SessionKind.EXTRA,
                                null)
                        .releasedInStages(new StagedRelease(2, 30, ADDED));
        assertEquals(2, session.span(ADDED.plusSeconds(60)).counters());
        assertEquals(4, session.span(ADDED.plus(Duration.ofMinutes(30))).counters());
        assertEquals(4, session.span().counters(), "the whole session keeps its size");

        DatedSession reserved =
                new DatedSession(
                        "vehicle",
                        "mitte",
                        LocalDate.of(2026, 11, 26),
                        LocalTime.of(16, 0),
                        LocalTime.of(19, 0),
                        4,
                        SessionKind.REPLACEMENT,
                        "d-1");
        assertThrows(
                IllegalStateException.class,
                () -> reserved.releasedInStages(new StagedRelease(2, 30, ADDED)));
        assertThrows(IllegalArgumentException.class, () -> new StagedRelease(1, 30, ADDED));
        assertThrows(IllegalArgumentException.class, () -> new StagedRelease(2, 4, ADDED));
    }
}
