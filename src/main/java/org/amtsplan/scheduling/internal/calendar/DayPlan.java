package org.amtsplan.scheduling.internal.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.amtsplan.scheduling.api.SeatPool;

/**
 * The capacity of one unit at one location on one day, slot by slot and pool by pool: the regular
 * hours (unless the day is closed) plus the dated sessions. Counters that overlap add up and are
 * split into pools together; a replacement session reserved for a disruption goes whole into that
 * disruption's pool.
 */
public final class DayPlan {

    private final LocalDate date;
    private final int slotMinutes;
    private final SortedMap<LocalTime, Map<SeatPool, Integer>> capacityBySlot;

    private DayPlan(
            LocalDate date,
            int slotMinutes,
            SortedMap<LocalTime, Map<SeatPool, Integer>> capacity) {
        this.date = date;
        this.slotMinutes = slotMinutes;
        this.capacityBySlot = capacity;
    }

    /**
     * @param spans regular periods (already left out on a closed day) and sessions of the day
     * @param split how a number of shared counters divides into pools
     */
    public static DayPlan of(
            LocalDate date,
            int slotMinutes,
            List<CapacitySpan> spans,
            IntFunction<Map<SeatPool, Integer>> split) {
        SortedMap<LocalTime, Integer> sharedCounters = new TreeMap<>();
        SortedMap<LocalTime, Map<SeatPool, Integer>> capacity = new TreeMap<>();
        for (CapacitySpan span : spans) {
            int end = span.to().toSecondOfDay() / 60;
            // only whole slots count; spans are validated to be aligned to the slot length
            for (int minute = span.from().toSecondOfDay() / 60;
                    minute + slotMinutes <= end;
                    minute += slotMinutes) {
                LocalTime slot = LocalTime.ofSecondOfDay(minute * 60L);
                if (span.isReserved()) {
                    capacity.computeIfAbsent(slot, s -> new HashMap<>())
                            .merge(
                                    SeatPool.replacementFor(span.reservedForDisruption()),
                                    span.counters(),
                                    Integer::sum);
                } else {
                    sharedCounters.merge(slot, span.counters(), Integer::sum);
                }
            }
        }
        sharedCounters.forEach(
                (slot, counters) -> {
                    Map<SeatPool, Integer> pools =
                            capacity.computeIfAbsent(slot, s -> new HashMap<>());
                    split.apply(counters)
                            .forEach((pool, seats) -> pools.merge(pool, seats, Integer::sum));
                });
        return new DayPlan(date, slotMinutes, Collections.unmodifiableSortedMap(capacity));
    }

    public LocalDate date() {
        return date;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    /** Every slot start of the day that has any capacity, in order. */
    public List<LocalTime> slots() {
        return List.copyOf(capacityBySlot.keySet());
    }

    public int capacity(LocalTime slot, SeatPool pool) {
        Map<SeatPool, Integer> pools = capacityBySlot.get(slot);
        return pools == null ? 0 : pools.getOrDefault(pool, 0);
    }

    /**
     * The slots a booking of {@code slotsNeeded} consecutive slots from {@code start} occupies, or
     * an empty list when the day has no such run of slots in that pool (not a slot start, a gap, or
     * the end of the opening hours).
     */
    public List<LocalDateTime> run(LocalTime start, int slotsNeeded, SeatPool pool) {
        LocalDateTime[] run = new LocalDateTime[slotsNeeded];
        int minute = start.toSecondOfDay() / 60;
        for (int i = 0; i < slotsNeeded; i++, minute += slotMinutes) {
            if (minute >= 24 * 60) {
                return List.of();
            }
            LocalTime slot = LocalTime.ofSecondOfDay(minute * 60L);
            if (capacity(slot, pool) <= 0) {
                return List.of();
            }
            run[i] = date.atTime(slot);
        }
        return List.of(run);
    }
}
