package org.amtsplan.scheduling.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import org.amtsplan.scheduling.api.SessionKind;
import org.junit.jupiter.api.Test;

class CounterDutyTest {

    static final List<CapacitySpan> TUESDAY =
            List.of(
                    CapacitySpan.regular(LocalTime.of(8, 0), LocalTime.of(12, 0), 3),
                    new CapacitySpan(
                            LocalTime.of(11, 0), LocalTime.of(13, 0), 2, SessionKind.EXTRA, null),
                    new CapacitySpan(
                            LocalTime.of(16, 0),
                            LocalTime.of(18, 0),
                            1,
                            SessionKind.AFTER_HOURS,
                            null));

    @Test
    void overlappingSessionsAddUpAndTheRunningOnesCountNow() {
        assertEquals(3, CounterDuty.of(TUESDAY, LocalTime.of(10, 0)).counters());
        assertEquals(5, CounterDuty.of(TUESDAY, LocalTime.of(11, 30)).counters());
        assertEquals(2, CounterDuty.of(TUESDAY, LocalTime.of(12, 0)).counters(), "12:00 ends");
        assertEquals(1, CounterDuty.of(TUESDAY, LocalTime.of(17, 59)).counters());
    }

    @Test
    void betweenAndAfterTheSessionsTheDaysMostCounters() {
        CounterDuty evening = CounterDuty.of(TUESDAY, LocalTime.of(20, 0));
        assertEquals(0, evening.countersNow());
        assertEquals(5, evening.mostCountersToday());
        assertEquals(5, evening.counters(), "the queue is still worked off");
        assertTrue(evening.openToday());
        assertEquals(5, CounterDuty.of(TUESDAY, LocalTime.of(14, 0)).counters());
    }

    @Test
    void aDayWithoutHoursOrSessionsHasNoCounter() {
        CounterDuty closed = CounterDuty.of(List.of(), LocalTime.of(10, 0));
        assertFalse(closed.openToday());
        assertEquals(0, closed.counters());
    }
}
