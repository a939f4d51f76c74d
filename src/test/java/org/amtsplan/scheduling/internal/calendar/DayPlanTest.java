package org.amtsplan.scheduling.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.SessionKind;
import org.junit.jupiter.api.Test;

class DayPlanTest {

    static final LocalDate DAY = LocalDate.of(2027, 1, 26);

    static Map<SeatPool, Integer> allPublic(int counters) {
        return Map.of(SeatPool.PUBLIC, counters);
    }

    static LocalTime t(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    @Test
    void regularHoursGiveOneSlotPerSlotLengthWithTheirCounters() {
        DayPlan plan =
                DayPlan.of(
                        DAY,
                        15,
                        List.of(CapacitySpan.regular(t("08:00"), t("09:00"), 3)),
                        DayPlanTest::allPublic);
        assertEquals(List.of(t("08:00"), t("08:15"), t("08:30"), t("08:45")), plan.slots());
        assertEquals(3, plan.capacity(t("08:45"), SeatPool.PUBLIC));
        assertEquals(0, plan.capacity(t("09:00"), SeatPool.PUBLIC));
    }

    @Test
    void overlappingExtraCountersAddUpBeforeTheSplit() {
        List<CapacitySpan> spans =
                List.of(
                        CapacitySpan.regular(t("08:00"), t("10:00"), 3),
                        new CapacitySpan(t("09:00"), t("11:00"), 2, SessionKind.EXTRA, null));
        // one of every four counters is kept for walk-ins, rounded down on the total
        DayPlan plan =
                DayPlan.of(
                        DAY,
                        30,
                        spans,
                        counters ->
                                Map.of(
                                        SeatPool.PUBLIC,
                                        counters - counters / 4,
                                        SeatPool.WALK_IN,
                                        counters / 4));
        assertEquals(3, plan.capacity(t("08:00"), SeatPool.PUBLIC));
        assertEquals(0, plan.capacity(t("08:00"), SeatPool.WALK_IN));
        assertEquals(4, plan.capacity(t("09:00"), SeatPool.PUBLIC));
        assertEquals(1, plan.capacity(t("09:00"), SeatPool.WALK_IN));
        assertEquals(2, plan.capacity(t("10:30"), SeatPool.PUBLIC));
    }

    @Test
    void aReservedReplacementSessionFeedsOnlyItsDisruptionsPool() {
        DayPlan plan =
                DayPlan.of(
                        DAY,
                        15,
                        List.of(
                                new CapacitySpan(
                                        t("16:00"),
                                        t("17:00"),
                                        2,
                                        SessionKind.REPLACEMENT,
                                        "d-42")),
                        DayPlanTest::allPublic);
        assertEquals(0, plan.capacity(t("16:00"), SeatPool.PUBLIC));
        assertEquals(2, plan.capacity(t("16:00"), SeatPool.replacementFor("d-42")));
    }

    @Test
    void aRunNeedsConsecutiveSlotsWithinTheOpeningHours() {
        DayPlan plan =
                DayPlan.of(
                        DAY,
                        15,
                        List.of(
                                CapacitySpan.regular(t("08:00"), t("09:00"), 1),
                                CapacitySpan.regular(t("10:00"), t("11:00"), 1)),
                        DayPlanTest::allPublic);
        assertEquals(
                List.of(DAY.atTime(8, 0), DAY.atTime(8, 15)),
                plan.run(t("08:00"), 2, SeatPool.PUBLIC));
        assertTrue(
                plan.run(t("08:45"), 2, SeatPool.PUBLIC).isEmpty(),
                "the gap from 9 to 10 breaks the run");
        assertTrue(plan.run(t("08:05"), 1, SeatPool.PUBLIC).isEmpty(), "not a slot start");
        assertTrue(plan.run(t("23:45"), 2, SeatPool.PUBLIC).isEmpty(), "no run across midnight");
    }

    @Test
    void onlyWholeSlotsCount() {
        DayPlan plan =
                DayPlan.of(
                        DAY,
                        30,
                        List.of(CapacitySpan.regular(t("08:00"), t("09:15"), 1)),
                        DayPlanTest::allPublic);
        assertEquals(List.of(t("08:00"), t("08:30")), plan.slots());
    }
}
