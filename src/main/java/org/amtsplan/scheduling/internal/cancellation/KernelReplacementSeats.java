package org.amtsplan.scheduling.internal.cancellation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.AppointmentView;
import org.amtsplan.scheduling.api.Appointments;
import org.amtsplan.scheduling.api.ReplacementSeats;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.UnitAtLocation;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.internal.booking.Appointment;
import org.amtsplan.scheduling.internal.booking.AppointmentEvents;
import org.amtsplan.scheduling.internal.booking.AppointmentHistoryEntry;
import org.amtsplan.scheduling.internal.booking.AppointmentRepository;
import org.amtsplan.scheduling.internal.booking.BookingCodes;
import org.amtsplan.scheduling.internal.calendar.CalendarRepository;
import org.amtsplan.scheduling.internal.calendar.DayPlan;
import org.amtsplan.scheduling.internal.calendar.DayPlans;
import org.amtsplan.scheduling.internal.ledger.SeatLedger;

/**
 * The capacity reserved for a disruption (see {@link ReplacementSeats}): read from the day plans
 * and the ledger, seats held with one statement per slot.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
class KernelReplacementSeats implements ReplacementSeats {

    @Inject AppointmentRepository appointments;
    @Inject SeatLedger ledger;
    @Inject CalendarRepository calendars;
    @Inject DayPlans dayPlans;
    @Inject UnitRulesConfiguration unitRules;
    @Inject Appointments booking;
    @Inject Clock clock;
    @Inject Event<AppointmentEvent> events;
    @Inject AppointmentEvents appointmentEvents;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReservedSession> sessions(Set<Long> ids) {
        return ids.stream()
                .map(calendars::session)
                .flatMap(Optional::stream)
                .map(
                        s ->
                                new ReservedSession(
                                        s.id(),
                                        s.unitId(),
                                        s.locationId(),
                                        s.day(),
                                        s.span().from(),
                                        s.span().to(),
                                        s.span().reservedForDisruption()))
                .toList();
    }

    @Override
    public List<ReservedDay> lockReservedDays(
            String disruptionId, Set<UnitAtLocation> places, LocalDate from) {
        SeatPool pool = SeatPool.replacementFor(disruptionId);
        List<ReservedDay> days = new ArrayList<>();
        // always in the same order, so two rounds at once wait for each other instead of
        // deadlocking
        List<UnitAtLocation> inOrder =
                places.stream()
                        .sorted(
                                java.util.Comparator.comparing(UnitAtLocation::unit)
                                        .thenComparing(UnitAtLocation::location))
                        .toList();
        for (UnitAtLocation place : inOrder) {
            for (LocalDate day :
                    calendars.reservedDays(disruptionId, place.unit(), place.location(), from)) {
                plan(place, day)
                        .ifPresent(
                                plan -> {
                                    List<LocalDateTime> slots = reservedSlots(plan, pool);
                                    days.add(
                                            reservedDay(
                                                    place,
                                                    plan,
                                                    pool,
                                                    ledger.lockForRound(
                                                            place.unit(),
                                                            place.location(),
                                                            pool,
                                                            slots)));
                                });
            }
        }
        return days;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReservedDay> reservedDay(
            String disruptionId, UnitAtLocation place, LocalDate day) {
        SeatPool pool = SeatPool.replacementFor(disruptionId);
        return plan(place, day)
                .map(
                        plan ->
                                reservedDay(
                                        place,
                                        plan,
                                        pool,
                                        ledger.taken(
                                                place.unit(),
                                                place.location(),
                                                pool,
                                                day.atStartOfDay(),
                                                day.plusDays(1).atStartOfDay())));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReservedDay> reservedDays(
            String disruptionId, UnitAtLocation place, LocalDate from) {
        return calendars.reservedDays(disruptionId, place.unit(), place.location(), from).stream()
                .map(day -> reservedDay(disruptionId, place, day))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public AppointmentView decline(String code) {
        Appointment old = appointments.byCode(code).orElseThrow();
        AppointmentStatus before = old.status();
        boolean firstTime = !old.replacementDeclined();
        LocalDateTime proposed = old.replacementStart();
        old.declineReplacement(clock.instant());
        giveBackProposal(old, proposed);
        appointments.flush();
        if (firstTime) {
            appointments.record(
                    new AppointmentHistoryEntry(
                            old.id(),
                            clock.instant(),
                            before,
                            old.status(),
                            "citizen",
                            Message.of("scheduling.history.replacementDeclined")));
        }
        return booking.find(old.code(), old.token());
    }

    @Override
    public boolean withdraw(String code, String staff, Message note) {
        Appointment old = appointments.byCode(code).orElseThrow();
        if (old.status() != AppointmentStatus.CANCELLED_BY_OFFICE) {
            return false;
        }
        LocalDateTime proposed = old.replacementStart();
        if (!old.withdrawReplacement(clock.instant())) {
            return true;
        }
        giveBackProposal(old, proposed);
        appointments.flush();
        appointments.record(
                new AppointmentHistoryEntry(
                        old.id(),
                        clock.instant(),
                        AppointmentStatus.CANCELLED_BY_OFFICE,
                        old.status(),
                        staff,
                        note));
        return true;
    }

    /** The seats of a proposal (starting at {@code proposed}, if any) go back to the reserve. */
    private void giveBackProposal(Appointment old, LocalDateTime proposed) {
        if (proposed == null) {
            return;
        }
        UnitAtLocation place = new UnitAtLocation(old.unitId(), old.locationId());
        int slotMinutes =
                plan(place, proposed.toLocalDate())
                        .map(DayPlan::slotMinutes)
                        .orElse(old.slotMinutes());
        long minutes = java.time.Duration.between(old.startsAt(), old.endsAt()).toMinutes();
        List<LocalDateTime> seats = new ArrayList<>();
        for (long m = 0; m < minutes; m += slotMinutes) {
            seats.add(proposed.plusMinutes(m));
        }
        ledger.giveBack(
                old.unitId(), old.locationId(), SeatPool.replacementFor(old.disruptionId()), seats);
    }

    @Override
    public int propose(String disruptionId, List<Proposal> proposals) {
        SeatPool pool = SeatPool.replacementFor(disruptionId);
        Map<String, List<LocalDateTime>> slotsByCode = new HashMap<>();
        proposals.forEach(p -> slotsByCode.put(p.code(), p.slots()));
        Map<UnitAtLocation, Map<LocalDateTime, Integer>> added = new HashMap<>();
        List<Appointment> placed = new ArrayList<>();
        for (Appointment appointment :
                appointments.byCodes(proposals.stream().map(Proposal::code).toList())) {
            List<LocalDateTime> slots = slotsByCode.get(appointment.code());
            if (!disruptionId.equals(appointment.disruptionId())
                    || appointment.status() != AppointmentStatus.CANCELLED_BY_OFFICE
                    || appointment.replacementStart() != null
                    || slots.isEmpty()) {
                continue;
            }
            Map<LocalDateTime, Integer> seats =
                    added.computeIfAbsent(
                            new UnitAtLocation(appointment.unitId(), appointment.locationId()),
                            k -> new HashMap<>());
            slots.forEach(slot -> seats.merge(slot, 1, Integer::sum));
            appointment.proposeReplacement(slots.get(0));
            placed.add(appointment);
        }
        // one UPDATE per slot, each refusing to exceed the slot's capacity as the day plan says now
        Map<List<Object>, Optional<DayPlan>> plans = new HashMap<>();
        added.forEach(
                (place, seats) ->
                        ledger.addTaken(
                                place.unit(),
                                place.location(),
                                pool,
                                seats.entrySet().stream()
                                        .map(
                                                e ->
                                                        new SeatLedger.Seats(
                                                                e.getKey(),
                                                                e.getValue(),
                                                                plans.computeIfAbsent(
                                                                                List.of(
                                                                                        place,
                                                                                        e.getKey()
                                                                                                .toLocalDate()),
                                                                                k ->
                                                                                        plan(
                                                                                                place,
                                                                                                e.getKey()
                                                                                                        .toLocalDate()))
                                                                        .map(
                                                                                plan ->
                                                                                        plan
                                                                                                .capacity(
                                                                                                        e.getKey()
                                                                                                                .toLocalTime(),
                                                                                                        pool))
                                                                        .orElse(0)))
                                        .toList()));
        appointments.flush();
        for (Appointment appointment : placed) {
            events.fire(appointmentEvents.replacementProposed(appointment, disruptionId));
        }
        return placed.size();
    }

    @Override
    public Optional<AppointmentView> book(
            String code, List<LocalDateTime> slots, int slotMinutes, boolean seatsHeld) {
        Appointment old = appointments.byCode(code).orElseThrow();
        SeatPool pool = SeatPool.replacementFor(old.disruptionId());
        LocalDateTime chosen = slots.get(0);
        if (!seatsHeld) {
            UnitAtLocation place = new UnitAtLocation(old.unitId(), old.locationId());
            Optional<DayPlan> plan = plan(place, chosen.toLocalDate());
            List<SeatLedger.Claim> claims =
                    slots.stream()
                            .map(
                                    s ->
                                            new SeatLedger.Claim(
                                                    s,
                                                    plan.map(p -> p.capacity(s.toLocalTime(), pool))
                                                            .orElse(0)))
                            .toList();
            if (!ledger.take(old.unitId(), old.locationId(), pool, claims)) {
                return Optional.empty();
            }
            if (old.replacementStart() != null) {
                List<LocalDateTime> proposed = new ArrayList<>();
                for (int i = 0; i < slots.size(); i++) {
                    proposed.add(old.replacementStart().plusMinutes((long) i * slotMinutes));
                }
                ledger.giveBack(old.unitId(), old.locationId(), pool, proposed);
            }
        }
        Instant now = clock.instant();
        String newCode = BookingCodes.newCode();
        while (appointments.codeTaken(newCode)) {
            newCode = BookingCodes.newCode();
        }
        Appointment replacement =
                Appointment.replacementFor(
                        old,
                        newCode,
                        BookingCodes.newToken(),
                        chosen,
                        chosen.plusMinutes((long) slots.size() * slotMinutes),
                        slotMinutes,
                        pool,
                        now);
        appointments.add(replacement);
        appointments.record(
                new AppointmentHistoryEntry(
                        replacement.id(),
                        now,
                        null,
                        AppointmentStatus.BOOKED,
                        "citizen",
                        Message.of("scheduling.history.replacementFor", old.code())));
        old.rebookedAs(newCode);
        appointments.flush();
        appointments.record(
                new AppointmentHistoryEntry(
                        old.id(),
                        now,
                        AppointmentStatus.CANCELLED_BY_OFFICE,
                        AppointmentStatus.REBOOKED,
                        "citizen",
                        Message.of("scheduling.history.replacedBy", newCode)));
        events.fire(appointmentEvents.booked(replacement));
        return Optional.of(booking.find(newCode, replacement.token()));
    }

    private Optional<DayPlan> plan(UnitAtLocation place, LocalDate day) {
        return Optional.ofNullable(
                dayPlans.plans(
                                place.unit(),
                                place.location(),
                                day,
                                day,
                                unitRules.rules(place.unit()))
                        .get(day));
    }

    private static List<LocalDateTime> reservedSlots(DayPlan plan, SeatPool pool) {
        return plan.slots().stream()
                .filter(slot -> plan.capacity(slot, pool) > 0)
                .map(slot -> plan.date().atTime(slot))
                .toList();
    }

    private static ReservedDay reservedDay(
            UnitAtLocation place, DayPlan plan, SeatPool pool, Map<LocalDateTime, Integer> taken) {
        return new ReservedDay(
                place,
                plan.date(),
                plan.slotMinutes(),
                reservedSlots(plan, pool).stream()
                        .map(
                                slot ->
                                        new ReservedSlot(
                                                slot,
                                                plan.capacity(slot.toLocalTime(), pool),
                                                taken.getOrDefault(slot, 0)))
                        .toList());
    }
}
