package org.amtsplan.scheduling.internal.statistics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.scheduling.api.DayFigures;

/** Counts over appointments and tickets, grouped by day; only days with any figure are returned. */
interface DayFiguresRepository {

    Map<LocalDate, DayFigures> figures(
            String unitId,
            Optional<String> locationId,
            LocalDate from,
            LocalDate to,
            LocalDate today);

    /**
     * The same figures over the whole period; waiting times are averaged over every call, not over
     * days.
     */
    DayFigures totals(
            String unitId,
            Optional<String> locationId,
            LocalDate from,
            LocalDate to,
            LocalDate today);
}
