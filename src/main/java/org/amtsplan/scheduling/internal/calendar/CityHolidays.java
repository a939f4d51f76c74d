package org.amtsplan.scheduling.internal.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amtsplan.platform.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public holidays of the city's state ({@code amtsplan.city.state}, e.g. {@code ST}): on them
 * every unit's regular hours at every location do not take place, as on a closure. Sessions a head
 * adds for such a day explicitly (extra, after-hours, replacement) still take place. Without the
 * setting no day is a holiday (the city has not said where it is).
 */
@ApplicationScoped
public class CityHolidays {

    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

    private final Optional<PublicHolidays> holidays;

    /** For CDI's proxy. */
    protected CityHolidays() {
        holidays = Optional.empty();
    }

    @Inject
    public CityHolidays(@ConfigProperty(name = "amtsplan.city.state") Optional<String> state) {
        // an unknown code fails the deployment rather than silently opening on holidays
        holidays = state.map(String::strip).filter(s -> !s.isEmpty()).map(PublicHolidays::of);
    }

    public Optional<PublicHolidays.Holiday> on(LocalDate date) {
        return holidays.flatMap(h -> h.on(date));
    }

    public List<PublicHolidays.Holiday> between(LocalDate from, LocalDate to) {
        return holidays.map(h -> h.between(from, to)).orElse(List.of());
    }

    /** The holiday's name in the reader's language. */
    public static Message name(PublicHolidays.Holiday holiday) {
        return Message.of("scheduling.holiday." + holiday.key());
    }

    /** The date as people write it, in the reader's language ("Montag, 10. Juni 2030"). */
    public static Message.Localized date(LocalDate date) {
        return new Message.Localized(GERMAN.format(date), ENGLISH.format(date));
    }
}
