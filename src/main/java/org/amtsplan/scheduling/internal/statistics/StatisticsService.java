package org.amtsplan.scheduling.internal.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.DayFigures;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.Statistics;
import org.amtsplan.scheduling.api.UnitStatistics;
import org.amtsplan.scheduling.api.Units;

/** Figures per day for the head's statistics page; days without anything show as zeros. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class StatisticsService implements Statistics {

    static final int MAX_DAYS = 366;

    @Inject DayFiguresRepository figures;
    @Inject Units units;
    @Inject Locations locations;
    @Inject Clock clock;

    @Override
    public UnitStatistics perDay(
            String unitId, Optional<String> locationId, LocalDate from, LocalDate to) {
        units.require(unitId);
        locationId.ifPresent(locations::require);
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "scheduling.range.toBeforeFrom");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.invalid("to", "scheduling.range.atMostDays", MAX_DAYS);
        }
        LocalDate today = LocalDate.now(clock);
        Map<LocalDate, DayFigures> found = figures.figures(unitId, locationId, from, to, today);
        List<DayFigures> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(found.getOrDefault(date, new DayFigures(date, 0, 0, 0, 0, 0, 0, null, null)));
        }
        return new UnitStatistics(
                unitId,
                locationId.orElse(null),
                from,
                to,
                days,
                figures.totals(unitId, locationId, from, to, today));
    }
}
