package org.amtsplan.scheduling.internal.calendar;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.DemoDataRequested;
import org.amtsplan.scheduling.api.DefineLocation;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.Units;

/**
 * The demo city's three service centres, each with weekly opening hours for every unit (Monday to
 * Friday mornings, Thursday afternoons as well; 15-minute slots, three counters), so that the demo
 * shows free slots at once.
 */
@ApplicationScoped
class DemoLocations {

    @Inject Locations locations;
    @Inject Units units;
    @Inject CalendarRepository calendars;

    @Transactional
    void addDemoLocations(
            @Observes @Priority(DemoDataRequested.LOCATIONS) DemoDataRequested event) {
        add("mitte", "Bürgerservice Mitte", "Rathausplatz 1, 12345 Musterstadt");
        add("nord", "Bürgerservice Nord", "Nordring 40, 12347 Musterstadt");
        add("sued", "Bürgerservice Süd", "Südallee 7, 12349 Musterstadt");
        for (String location : List.of("mitte", "nord", "sued")) {
            for (UnitDescription unit : units.all()) {
                openOnWeekdays(unit.id(), location);
            }
        }
    }

    private void openOnWeekdays(String unitId, String locationId) {
        if (calendars.calendar(unitId, locationId).isPresent()) {
            return;
        }
        List<OpeningPeriod> periods = new ArrayList<>();
        for (DayOfWeek day :
                List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)) {
            periods.add(
                    new OpeningPeriod(
                            unitId, locationId, day, LocalTime.of(8, 0), LocalTime.of(12, 0), 3));
        }
        periods.add(
                new OpeningPeriod(
                        unitId,
                        locationId,
                        DayOfWeek.THURSDAY,
                        LocalTime.of(14, 0),
                        LocalTime.of(18, 0),
                        3));
        calendars.replaceWeeklyPattern(unitId, locationId, 15, periods);
    }

    private void add(String id, String name, String address) {
        locations.defineIfAbsent(new DefineLocation(id, name, address));
    }
}
