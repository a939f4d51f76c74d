package org.amtsplan.scheduling.internal.calendar;

import java.time.LocalTime;
import org.amtsplan.scheduling.api.SessionKind;

/**
 * Counters available from {@code from} to {@code to} on one day: a regular opening period or a
 * dated session. {@code reservedForDisruption} is set only on a replacement session kept for one
 * disruption.
 */
public record CapacitySpan(
        LocalTime from,
        LocalTime to,
        int counters,
        SessionKind kind,
        String reservedForDisruption) {

    public static CapacitySpan regular(LocalTime from, LocalTime to, int counters) {
        return new CapacitySpan(from, to, counters, SessionKind.REGULAR, null);
    }

    public boolean isReserved() {
        return reservedForDisruption != null;
    }

    public boolean overlaps(CapacitySpan other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }
}
