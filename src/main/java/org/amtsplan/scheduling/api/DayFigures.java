package org.amtsplan.scheduling.api;

import java.time.LocalDate;

/**
 * What happened in one unit on one day (or, without a date, over a whole period): appointments
 * booked for the day, people served, no-shows (appointments nobody came to and tickets called in
 * vain), cancellations by citizens and by the office, walk-ins, and the wait from arrival to the
 * first call in minutes (null when nobody was called).
 */
public record DayFigures(
        LocalDate date,
        int booked,
        int served,
        int noShows,
        int cancelled,
        int cancelledByOffice,
        int walkIns,
        Double averageWaitMinutes,
        Integer longestWaitMinutes) {}
