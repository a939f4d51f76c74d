package org.amtsplan.scheduling.internal.support;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.amtsplan.platform.CityClock;

/**
 * Calendars and appointments live in the city's local time; the API speaks ISO-8601 with offset.
 * This converts between the two.
 */
public final class CityTime {

    private CityTime() {}

    /** The city's zone, from the one clock's setting. */
    public static ZoneId zone() {
        return CityClock.zone();
    }

    public static OffsetDateTime offset(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toOffsetDateTime();
    }

    public static OffsetDateTime offset(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(zone()));
    }

    /** The city's local time of an instant a client sent; null stays null. */
    public static LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone()).toLocalDateTime();
    }

    /**
     * An ISO date-time with offset, or a local date-time meant in the city's zone; null if neither
     * or out of range.
     */
    public static LocalDateTime parse(String value) {
        return org.amtsplan.platform.CityDates.dateTimeOrNull(value);
    }
}
