package org.amtsplan.scheduling.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.internal.calendar.CapacitySpan;
import org.amtsplan.scheduling.internal.calendar.DayPlan;
import org.amtsplan.scheduling.internal.ledger.SlotFinder.Opening;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    static final LocalDate DAY = LocalDate.of(2027, 1, 26);
    static final DayPlan MORNING =
            DayPlan.of(
                    DAY,
                    15,
                    List.of(CapacitySpan.regular(LocalTime.of(8, 0), LocalTime.of(9, 0), 2)),
                    counters -> Map.of(SeatPool.PUBLIC, counters));

    @Test
    void freeIsTheSmallestRemainderAcrossTheRun() {
        Map<LocalDateTime, Integer> taken = Map.of(DAY.atTime(8, 15), 1);
        List<Opening> openings =
                SlotFinder.openings(
                        MORNING, SeatPool.PUBLIC, 2, taken, DAY.atTime(0, 0), DAY.atTime(23, 59));
        assertEquals(
                List.of(
                        new Opening(DAY.atTime(8, 0), DAY.atTime(8, 30), 1),
                        new Opening(DAY.atTime(8, 15), DAY.atTime(8, 45), 1),
                        new Opening(DAY.atTime(8, 30), DAY.atTime(9, 0), 2)),
                openings);
    }

    @Test
    void aFullSlotBlocksEveryRunThroughIt() {
        Map<LocalDateTime, Integer> taken = Map.of(DAY.atTime(8, 30), 2);
        List<LocalDateTime> starts =
                SlotFinder.openings(
                                MORNING,
                                SeatPool.PUBLIC,
                                2,
                                taken,
                                DAY.atTime(0, 0),
                                DAY.atTime(23, 59))
                        .stream()
                        .map(Opening::start)
                        .toList();
        assertEquals(List.of(DAY.atTime(8, 0)), starts);
    }

    @Test
    void startsBeforeTheLeadTimeOrAfterTheHorizonAreLeftOut() {
        List<LocalDateTime> starts =
                SlotFinder.openings(
                                MORNING,
                                SeatPool.PUBLIC,
                                1,
                                Map.of(),
                                DAY.atTime(8, 10),
                                DAY.atTime(8, 30))
                        .stream()
                        .map(Opening::start)
                        .toList();
        assertEquals(List.of(DAY.atTime(8, 15), DAY.atTime(8, 30)), starts);
    }

    @Test
    void anotherPoolSeesNothing() {
        assertEquals(
                List.of(),
                SlotFinder.openings(
                        MORNING,
                        SeatPool.DEALER,
                        1,
                        Map.of(),
                        DAY.atTime(0, 0),
                        DAY.atTime(23, 59)));
    }
}
