package org.amtsplan.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one place where dates and date-times a client sends are read: ISO format, the city's zone for
 * instants with an offset, and only years {@value #FIRST_YEAR}–{@value #LAST_YEAR}. Anything else
 * is 422 naming the field, so a year such as -999999999 never reaches the database or a loop over
 * days.
 */
public final class CityDates {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2200;
  public static final ZoneId CITY = ZoneId.of("Europe/Berlin");

  private static final String DATE_FORMAT = "Datum im Format JJJJ-MM-TT / date as YYYY-MM-DD";
  private static final String DATE_TIME_FORMAT = "Zeitpunkt im ISO-8601-Format / ISO-8601 date-time";
  private static final String RANGE =
      "Jahr zwischen " + FIRST_YEAR + " und " + LAST_YEAR + " / year between " + FIRST_YEAR + " and " + LAST_YEAR;

  private CityDates() {}

  /** A required date "YYYY-MM-DD" within the sane range. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalid(field, "fehlt / is required");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeException e) {
      throw ProblemException.invalid(field, DATE_FORMAT);
    }
    return inRange(field, date);
  }

  /**
   * A required date-time: ISO with offset (converted to the city's local time) or local time of the
   * city; {@code sep} other than 'T' is accepted for paper lists that write a space.
   */
  public static LocalDateTime dateTime(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalid(field, "fehlt / is required");
    }
    LocalDateTime time = dateTimeOrNull(value);
    if (time == null) {
      throw ProblemException.invalid(field, DATE_TIME_FORMAT);
    }
    inRange(field, time.toLocalDate());
    return time;
  }

  /** A date-time as {@link #dateTime}, or null when it is absent, malformed or out of range. */
  public static LocalDateTime dateTimeOrNull(String value) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    LocalDateTime time;
    try {
      time = OffsetDateTime.parse(text).atZoneSameInstant(CITY).toLocalDateTime();
    } catch (DateTimeException withoutOffset) {
      try {
        time = LocalDateTime.parse(text);
      } catch (DateTimeException neither) {
        return null;
      }
    }
    return isInRange(time.toLocalDate()) ? time : null;
  }

  public static boolean isInRange(LocalDate date) {
    return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
  }

  private static LocalDate inRange(String field, LocalDate date) {
    if (!isInRange(date)) {
      throw ProblemException.invalid(field, RANGE);
    }
    return date;
  }
}
