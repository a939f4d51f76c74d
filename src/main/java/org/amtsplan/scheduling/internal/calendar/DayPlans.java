package org.amtsplan.scheduling.internal.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.internal.catalogue.ConfigurationCache;
import org.amtsplan.scheduling.internal.catalogue.DepartmentRulesRegistry;
import org.amtsplan.scheduling.spi.DepartmentRules;

/**
 * Builds the day plans of a calendar from its weekly pattern, closures and sessions. On a closure
 * and on a public holiday of the city's state the weekly hours do not take place; sessions added
 * for the day do.
 */
@ApplicationScoped
public class DayPlans {

    @Inject CalendarRepository calendars;
    @Inject DepartmentRulesRegistry departments;
    @Inject ConfigurationCache configuration;
    @Inject CityHolidays holidays;
    @Inject Clock clock;

    /**
     * Plans for every date from {@code from} to {@code to}; empty when the calendar does not exist.
     */
    public Map<LocalDate, DayPlan> plans(
            String unitId, String locationId, LocalDate from, LocalDate to, UnitRules rules) {
        return configuration.get(
                "plans|"
                        + unitId
                        + "|"
                        + locationId
                        + "|"
                        + from
                        + "|"
                        + to
                        + "|"
                        + rules.json().hashCode(),
                () -> Collections.unmodifiableMap(build(unitId, locationId, from, to, rules)));
    }

    private Map<LocalDate, DayPlan> build(
            String unitId, String locationId, LocalDate from, LocalDate to, UnitRules rules) {
        Optional<Integer> slot = calendars.calendar(unitId, locationId).map(c -> c.slotMinutes());
        Map<LocalDate, DayPlan> plans = new LinkedHashMap<>();
        if (slot.isEmpty() || to.isBefore(from)) {
            return plans;
        }
        List<OpeningPeriod> weekly = calendars.weeklyPattern(unitId, locationId);
        Set<LocalDate> closed = new HashSet<>();
        for (Closure closure : calendars.closures(unitId, locationId, from, to)) {
            closed.add(closure.day());
        }
        holidays.between(from, to).forEach(holiday -> closed.add(holiday.date()));
        List<DatedSession> sessions = calendars.sessions(unitId, locationId, from, to);
        DepartmentRules department = departments.forUnit(unitId);
        // sessions released in stages count what is released now; the plans are cached for a second
        // only
        Instant now = clock.instant();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            List<CapacitySpan> spans = new ArrayList<>();
            if (!closed.contains(date)) {
                for (OpeningPeriod period : weekly) {
                    if (period.day() == date.getDayOfWeek()) {
                        spans.add(period.span());
                    }
                }
            }
            for (DatedSession session : sessions) {
                if (session.day().equals(date)) {
                    spans.add(session.span(now));
                }
            }
            plans.put(
                    date,
                    DayPlan.of(
                            date,
                            slot.get(),
                            spans,
                            counters -> department.split(unitId, rules, counters)));
        }
        return plans;
    }
}
