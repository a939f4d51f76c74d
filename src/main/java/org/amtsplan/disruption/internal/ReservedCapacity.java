package org.amtsplan.disruption.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedDay;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedSlot;
import org.amtsplan.scheduling.api.UnitAtLocation;

/**
 * One day of capacity reserved for a disruption as the policies work on it: seats are taken in
 * memory, and the kernel is told the result once.
 */
final class ReservedCapacity {

    private final ReservedDay day;
    private final Map<LocalDateTime, int[]> freeSeats = new LinkedHashMap<>();

    ReservedCapacity(ReservedDay day) {
        this.day = day;
        for (ReservedSlot slot : day.slots()) {
            freeSeats.put(slot.start(), new int[] {slot.capacity() - slot.taken()});
        }
    }

    UnitAtLocation place() {
        return day.place();
    }

    java.time.LocalDate date() {
        return day.date();
    }

    int slotMinutes() {
        return day.slotMinutes();
    }

    /** Slot starts in order. */
    List<LocalDateTime> starts() {
        return List.copyOf(freeSeats.keySet());
    }

    /**
     * The consecutive reserved slots an appointment of {@code minutes} starting at {@code start}
     * occupies; empty when its length is not a whole number of slots or the day has no such run.
     */
    List<LocalDateTime> run(LocalDateTime start, int minutes) {
        if (minutes <= 0 || minutes % day.slotMinutes() != 0) {
            return List.of();
        }
        List<LocalDateTime> run = new ArrayList<>();
        for (LocalDateTime slot = start;
                run.size() < minutes / day.slotMinutes();
                slot = slot.plusMinutes(day.slotMinutes())) {
            if (!slot.toLocalDate().equals(day.date()) || !freeSeats.containsKey(slot)) {
                return List.of();
            }
            run.add(slot);
        }
        return List.copyOf(run);
    }

    boolean hasRoom(List<LocalDateTime> run) {
        return !run.isEmpty() && run.stream().allMatch(slot -> freeSeats.get(slot)[0] > 0);
    }

    void take(List<LocalDateTime> run) {
        run.forEach(slot -> freeSeats.get(slot)[0]--);
    }
}
