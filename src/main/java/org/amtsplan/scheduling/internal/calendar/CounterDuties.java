package org.amtsplan.scheduling.internal.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.scheduling.internal.catalogue.ConfigurationCache;
import org.amtsplan.scheduling.internal.support.CityTime;

/** Reads a unit's counter duty at a location from its calendar, for the counter's rules. */
@ApplicationScoped
public class CounterDuties {

    @Inject CalendarRepository calendars;
    @Inject ConfigurationCache configuration;
    @Inject CityHolidays holidays;
    @Inject Clock clock;

    /** Today's duty, at the city's time now. */
    public CounterDuty now(String unitId, String locationId) {
        return at(unitId, locationId, CityTime.now(clock));
    }

    /** The duty at a city time (an offline counter's step entered afterwards). */
    public CounterDuty at(String unitId, String locationId, LocalDateTime now) {
        List<CapacitySpan> spans =
                configuration.get(
                        "duty|" + unitId + "|" + locationId + "|" + now.toLocalDate(),
                        () -> List.copyOf(spans(unitId, locationId, now.toLocalDate())));
        return CounterDuty.of(spans, now.toLocalTime());
    }

    private List<CapacitySpan> spans(String unitId, String locationId, LocalDate day) {
        List<CapacitySpan> spans = new ArrayList<>();
        if (calendars.calendar(unitId, locationId).isEmpty()) {
            return spans;
        }
        // as in DayPlans: a closure or a public holiday cancels the weekly hours, not added
        // sessions
        if (calendars.closures(unitId, locationId, day, day).isEmpty()
                && holidays.on(day).isEmpty()) {
            for (OpeningPeriod period : calendars.weeklyPattern(unitId, locationId)) {
                if (period.day() == day.getDayOfWeek()) {
                    spans.add(period.span());
                }
            }
        }
        // every counter of a session is staffed, also those not yet released to the public
        for (DatedSession session : calendars.sessions(unitId, locationId, day, day)) {
            spans.add(session.span());
        }
        return spans;
    }
}
