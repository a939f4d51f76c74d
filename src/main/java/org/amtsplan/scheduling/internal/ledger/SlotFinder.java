package org.amtsplan.scheduling.internal.ledger;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.internal.calendar.DayPlan;

/**
 * Finds the start times at which a booking of a given number of consecutive slots still fits into a
 * pool, given what the ledger says is taken.
 */
final class SlotFinder {

    /** A bookable start with its end and how many such bookings still fit there. */
    record Opening(LocalDateTime start, LocalDateTime end, int free) {}

    private SlotFinder() {}

    /**
     * @param taken seats taken per slot start in {@code pool}; absent means none
     * @param earliest no start before this (minimum lead time)
     * @param latest no start after this (booking horizon)
     */
    public static List<Opening> openings(
            DayPlan plan,
            SeatPool pool,
            int slotsNeeded,
            Map<LocalDateTime, Integer> taken,
            LocalDateTime earliest,
            LocalDateTime latest) {
        List<Opening> openings = new ArrayList<>();
        for (LocalTime slot : plan.slots()) {
            LocalDateTime start = plan.date().atTime(slot);
            if (start.isBefore(earliest) || start.isAfter(latest)) {
                continue;
            }
            List<LocalDateTime> run = plan.run(slot, slotsNeeded, pool);
            if (run.isEmpty()) {
                continue;
            }
            int free = Integer.MAX_VALUE;
            for (LocalDateTime seat : run) {
                int capacity = plan.capacity(seat.toLocalTime(), pool);
                free = Math.min(free, capacity - taken.getOrDefault(seat, 0));
            }
            if (free > 0) {
                openings.add(
                        new Opening(
                                start,
                                start.plusMinutes((long) slotsNeeded * plan.slotMinutes()),
                                free));
            }
        }
        return openings;
    }
}
