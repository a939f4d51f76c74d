package org.amtsplan.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The one place where dates, times and date-times a client sends are read — in JSON bodies (through
 * the JSON-B deserializers) and in query parameters alike: dates {@code YYYY-MM-DD}, times of day
 * {@code HH:mm}, instants ISO-8601 with offset (a local date-time is taken as the city's time), and
 * only years {@value #FIRST_YEAR}–{@value #LAST_YEAR}. Anything else is 422 naming the field, so a
 * year such as -999999999 never reaches the database or a loop over days.
 */
public final class CityDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    public static final String DATE_MESSAGE = "platform.validation.date";
    public static final String TIME_MESSAGE = "platform.validation.time";
    public static final String DATE_TIME_MESSAGE = "platform.validation.dateTime";

    private static final DateTimeFormatter HOURS_MINUTES =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private CityDates() {}

    /** A required date "YYYY-MM-DD" within the sane range. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "platform.validation.required");
        }
        return parseDate(value)
                .orElseThrow(
                        () -> ProblemException.invalid(field, rangeOrFormat(value, DATE_MESSAGE)));
    }

    /**
     * A required date-time: ISO with offset (converted to the city's local time) or local time of
     * the city.
     */
    public static LocalDateTime dateTime(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "platform.validation.required");
        }
        LocalDateTime time = dateTimeOrNull(value);
        if (time == null) {
            throw ProblemException.invalid(field, rangeOrFormat(value, DATE_TIME_MESSAGE));
        }
        return time;
    }

    /** A date-time as {@link #dateTime}, or null when it is absent, malformed or out of range. */
    public static LocalDateTime dateTimeOrNull(String value) {
        return value == null
                ? null
                : parseOffsetDateTime(value)
                        .map(t -> t.atZoneSameInstant(CityClock.zone()).toLocalDateTime())
                        .orElse(null);
    }

    /** "2026-01-27" within the years; empty otherwise. */
    public static Optional<LocalDate> parseDate(String value) {
        try {
            LocalDate date = LocalDate.parse(value.strip());
            return isInRange(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException malformed) {
            return Optional.empty();
        }
    }

    /** "08:30", a time of day to the minute; empty otherwise. */
    public static Optional<LocalTime> parseTime(String value) {
        try {
            return Optional.of(LocalTime.parse(value.strip(), HOURS_MINUTES));
        } catch (DateTimeException malformed) {
            return Optional.empty();
        }
    }

    /**
     * An instant with offset ("2026-01-27T13:15:00+01:00"), or a local date-time taken as the
     * city's time; empty when malformed or outside the years.
     */
    public static Optional<OffsetDateTime> parseOffsetDateTime(String value) {
        String text = value.strip();
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text);
        } catch (DateTimeException withoutOffset) {
            try {
                time = LocalDateTime.parse(text).atZone(CityClock.zone()).toOffsetDateTime();
            } catch (DateTimeException neither) {
                return Optional.empty();
            }
        }
        return isInRange(time.toLocalDate()) ? Optional.of(time) : Optional.empty();
    }

    public static boolean isInRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /**
     * The message for a refused value: the years when its date lies outside them, else the format.
     */
    public static Message rangeOrFormat(String value, String formatKey) {
        String text = value.strip();
        int t = text.indexOf('T');
        try {
            LocalDate date = LocalDate.parse(t < 0 ? text : text.substring(0, t));
            if (!isInRange(date)) {
                return Message.of("platform.validation.year", FIRST_YEAR, LAST_YEAR);
            }
        } catch (DateTimeException notEvenADate) {
            // the format is what is wrong
        }
        return Message.of(formatKey);
    }
}
