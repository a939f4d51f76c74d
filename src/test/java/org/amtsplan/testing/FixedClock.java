package org.amtsplan.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The moment the time-dependent ITs play: Tuesday, 4 June 2030, 10:00 in Berlin — a weekday morning
 * with the whole day ahead, in the future so that no retention run of another test erases its data.
 * {@link Deployments#atFixedTime} freezes the server's clock ({@code amtsplan.clock.fixed}) at this
 * instant, and the test computes its days and times from here, never from the wall clock; so the
 * test does the same whenever it runs, also just before midnight.
 */
public final class FixedClock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final ZonedDateTime NOW = ZonedDateTime.of(2030, 6, 4, 10, 0, 0, 0, BERLIN);

    private FixedClock() {}

    public static Instant instant() {
        return NOW.toInstant();
    }

    /** The city's local date and time of {@link #NOW}. */
    public static LocalDateTime now() {
        return NOW.toLocalDateTime();
    }

    public static LocalDate today() {
        return NOW.toLocalDate();
    }
}
