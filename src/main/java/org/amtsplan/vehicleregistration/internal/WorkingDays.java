package org.amtsplan.vehicleregistration.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday; public holidays are not modelled yet. */
final class WorkingDays {

    private WorkingDays() {}

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day itself if it is a working day, else the next one. */
    static LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static LocalDate next(LocalDate day) {
        return onOrAfter(day.plusDays(1));
    }
}
