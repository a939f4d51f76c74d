package org.amtsplan.scheduling.internal.calendar;

import java.time.LocalTime;
import java.util.List;

/**
 * How many counters a unit staffs at a location on one day: those of the regular hours and sessions
 * running at a moment (overlapping ones add up), and the most at any time of the day. Counters are
 * numbered 1 to that number. Before the first and after the last session of the day the clerks
 * still work through the queue, so then the day's most counts.
 */
public record CounterDuty(int countersNow, int mostCountersToday) {

    public static final CounterDuty CLOSED = new CounterDuty(0, 0);

    /**
     * @param spans the day's regular periods (none on a closed day) and every dated session
     */
    public static CounterDuty of(List<CapacitySpan> spans, LocalTime now) {
        int most = 0;
        for (CapacitySpan span : spans) {
            most = Math.max(most, countersAt(spans, span.from()));
        }
        return new CounterDuty(countersAt(spans, now), most);
    }

    private static int countersAt(List<CapacitySpan> spans, LocalTime time) {
        return spans.stream()
                .filter(s -> !s.from().isAfter(time) && time.isBefore(s.to()))
                .mapToInt(CapacitySpan::counters)
                .sum();
    }

    /** Whether the unit is at the location at all that day (regular hours or a session). */
    public boolean openToday() {
        return mostCountersToday > 0;
    }

    /** The counters clerks may work at now: those of the running sessions, else the day's most. */
    public int counters() {
        return countersNow > 0 ? countersNow : mostCountersToday;
    }
}
