package org.amtsplan.scheduling.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Calendars and appointments live in the city's local time; the API speaks ISO-8601 with offset.
 * This converts between the two.
 */
final class CityTime {

  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  private CityTime() {}

  static OffsetDateTime offset(LocalDateTime local) {
    return local == null ? null : local.atZone(ZONE).toOffsetDateTime();
  }

  static OffsetDateTime offset(java.time.Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }

  static LocalDateTime now(Clock clock) {
    return LocalDateTime.now(clock.withZone(ZONE));
  }

  /** An ISO date-time with offset, or a local date-time meant in the city's zone; null if neither or out of range. */
  static LocalDateTime parse(String value) {
    return org.amtsplan.platform.CityDates.dateTimeOrNull(value);
  }
}
