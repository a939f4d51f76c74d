package org.amtsplan.scheduling.internal.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amtsplan.scheduling.api.Availability;
import org.amtsplan.scheduling.api.FreeSlot;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.internal.calendar.DayPlan;
import org.amtsplan.scheduling.internal.calendar.DayPlans;
import org.amtsplan.scheduling.internal.catalogue.ServiceSelection;
import org.amtsplan.scheduling.internal.support.CityTime;
import org.amtsplan.scheduling.internal.support.InputErrors;

/** Free public slots, computed from the calendar and one read of the ledger for the whole range. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AvailabilityService implements Availability {

    /** The longest range one request may ask for. */
    static final int MAX_RANGE_DAYS = 62;

    @Inject ServiceSelection selection;
    @Inject UnitRulesConfiguration unitRules;
    @Inject DayPlans dayPlans;
    @Inject SeatLedger ledger;
    @Inject Clock clock;

    @Override
    public List<FreeSlot> find(
            List<String> serviceCodes, String locationId, String from, String to) {
        InputErrors errors = new InputErrors();
        List<Service> services = selection.services(errors, serviceCodes);
        selection.location(errors, locationId);
        LocalDate first = errors.date("from", from);
        LocalDate last = errors.date("to", to);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add("to", "scheduling.range.toBeforeFrom");
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
                errors.add("to", "scheduling.range.atMostDays", MAX_RANGE_DAYS);
            }
        }
        errors.throwIfAny();
        if (services.stream().anyMatch(s -> !s.onlineBookable())) {
            return List.of();
        }
        String unitId = services.get(0).unit();
        UnitRules rules = unitRules.rules(unitId);
        LocalDateTime now = CityTime.now(clock);
        LocalDateTime earliest = now.plusMinutes(rules.minLeadMinutes());
        LocalDateTime latest =
                now.toLocalDate().plusDays(rules.bookingHorizonDays()).atTime(23, 59);
        LocalDate start = first.isBefore(earliest.toLocalDate()) ? earliest.toLocalDate() : first;
        LocalDate end = last.isAfter(latest.toLocalDate()) ? latest.toLocalDate() : last;
        if (end.isBefore(start)) {
            return List.of();
        }
        Map<LocalDate, DayPlan> plans = dayPlans.plans(unitId, locationId, start, end, rules);
        if (plans.isEmpty()) {
            return List.of();
        }
        int total = services.stream().mapToInt(Service::durationMinutes).sum();
        int slotMinutes = plans.values().iterator().next().slotMinutes();
        if (total % slotMinutes != 0) {
            return List.of();
        }
        Map<LocalDateTime, Integer> taken =
                ledger.taken(
                        unitId,
                        locationId,
                        SeatPool.PUBLIC,
                        start.atStartOfDay(),
                        end.plusDays(1).atStartOfDay());
        List<FreeSlot> free = new ArrayList<>();
        for (DayPlan plan : plans.values()) {
            for (SlotFinder.Opening opening :
                    SlotFinder.openings(
                            plan, SeatPool.PUBLIC, total / slotMinutes, taken, earliest, latest)) {
                free.add(
                        new FreeSlot(
                                CityTime.offset(opening.start()),
                                CityTime.offset(opening.end()),
                                locationId,
                                opening.free()));
            }
        }
        return free;
    }
}
