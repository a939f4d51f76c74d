package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of one unit (at one location, or all) per day of a period, every day listed, and the
 * totals.
 */
public record UnitStatistics(
        String unit,
        String location,
        LocalDate from,
        LocalDate to,
        List<DayFigures> days,
        DayFigures totals) {}
