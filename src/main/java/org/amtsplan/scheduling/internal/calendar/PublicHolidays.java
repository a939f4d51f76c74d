package org.amtsplan.scheduling.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statutory public holidays of one German state (Land), year by year: the nine holidays of the
 * whole country (fixed dates and those that move with Easter) plus the state's own. Holidays of
 * single towns or of parts of a state (Augsburger Friedensfest, Fronleichnam in Catholic parishes
 * of Saxony and Thuringia, Mariä Himmelfahrt in Catholic Bavarian communes) and one-off holidays
 * are not included: a city closes such days as closures.
 */
public final class PublicHolidays {

    /** A holiday: its date and a key naming it ({@code scheduling.holiday.<key>} in the bundle). */
    public record Holiday(LocalDate date, String key) {}

    /** The sixteen states by their ISO 3166-2:DE codes without the "DE-". */
    public static final Set<String> STATES =
            Set.of(
                    "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN",
                    "ST", "SH", "TH");

    private final String state;

    private PublicHolidays(String state) {
        this.state = state;
    }

    /**
     * @param state one of {@link #STATES}, e.g. {@code ST} for Sachsen-Anhalt
     * @throws IllegalArgumentException for anything else
     */
    public static PublicHolidays of(String state) {
        if (state == null || !STATES.contains(state)) {
            throw new IllegalArgumentException(
                    "not a German state's code (one of " + STATES + "): " + state);
        }
        return new PublicHolidays(state);
    }

    public String state() {
        return state;
    }

    /** The holiday on that date, if it is one. */
    public Optional<Holiday> on(LocalDate date) {
        return of(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    /** The holidays from {@code from} to {@code to} (inclusive), in date order. */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        List<Holiday> found = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (Holiday holiday : of(year)) {
                if (!holiday.date().isBefore(from) && !holiday.date().isAfter(to)) {
                    found.add(holiday);
                }
            }
        }
        return found;
    }

    /** The state's holidays of one year, in date order. */
    public List<Holiday> of(int year) {
        LocalDate easter = easterSunday(year);
        List<Holiday> days = new ArrayList<>();
        fixed(days, year, 1, 1, "newYear");
        if (in("BW", "BY", "ST")) {
            fixed(days, year, 1, 6, "epiphany");
        }
        if ((in("BE") && year >= 2019) || (in("MV") && year >= 2023)) {
            fixed(days, year, 3, 8, "womensDay");
        }
        days.add(new Holiday(easter.minusDays(2), "goodFriday"));
        if (in("BB")) {
            days.add(new Holiday(easter, "easterSunday"));
        }
        days.add(new Holiday(easter.plusDays(1), "easterMonday"));
        fixed(days, year, 5, 1, "labourDay");
        days.add(new Holiday(easter.plusDays(39), "ascension"));
        if (in("BB")) {
            days.add(new Holiday(easter.plusDays(49), "whitSunday"));
        }
        days.add(new Holiday(easter.plusDays(50), "whitMonday"));
        if (in("BW", "BY", "HE", "NW", "RP", "SL")) {
            days.add(new Holiday(easter.plusDays(60), "corpusChristi"));
        }
        if (in("SL")) {
            fixed(days, year, 8, 15, "assumption");
        }
        if (in("TH") && year >= 2019) {
            fixed(days, year, 9, 20, "childrensDay");
        }
        fixed(days, year, 10, 3, "germanUnity");
        if (in("BB", "MV", "SN", "ST", "TH")
                || (in("HB", "HH", "NI", "SH") && year >= 2018)
                || year == 2017) {
            fixed(days, year, 10, 31, "reformationDay");
        }
        if (in("BW", "BY", "NW", "RP", "SL")) {
            fixed(days, year, 11, 1, "allSaints");
        }
        if (in("SN")) {
            days.add(new Holiday(repentanceDay(year), "repentanceDay"));
        }
        fixed(days, year, 12, 25, "christmasDay");
        fixed(days, year, 12, 26, "secondChristmasDay");
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** Buß- und Bettag: the last Wednesday before 23 November. */
    static LocalDate repentanceDay(int year) {
        LocalDate day = LocalDate.of(year, 11, 22);
        while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    private boolean in(String... states) {
        for (String s : states) {
            if (s.equals(state)) {
                return true;
            }
        }
        return false;
    }

    private static void fixed(List<Holiday> days, int year, int month, int day, String key) {
        days.add(new Holiday(MonthDay.of(month, day).atYear(year), key));
    }
}
