package org.amtsplan.scheduling.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AppointmentCalendarFile;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.AppointmentView;
import org.amtsplan.scheduling.api.Appointments;
import org.amtsplan.scheduling.api.BookAppointment;
import org.amtsplan.scheduling.api.HoldSeat;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.internal.calendar.CityHolidays;
import org.amtsplan.scheduling.internal.calendar.DayPlan;
import org.amtsplan.scheduling.internal.calendar.DayPlans;
import org.amtsplan.scheduling.internal.catalogue.DepartmentRulesRegistry;
import org.amtsplan.scheduling.internal.catalogue.ServiceSelection;
import org.amtsplan.scheduling.internal.ledger.SeatLedger;
import org.amtsplan.scheduling.internal.support.CityTime;
import org.amtsplan.scheduling.internal.support.InputErrors;
import org.amtsplan.scheduling.spi.BookingFacts;
import org.amtsplan.scheduling.spi.Decision;

/**
 * Booking and the citizen's own appointment. Seats are taken and given back only through the {@link
 * SeatLedger}, inside the same transaction as the appointment's change, so a failure anywhere
 * leaves both as they were.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
class BookingService implements Appointments {

    static final String IDEMPOTENCY_SCOPE = "appointments";
    static final String PUBLIC_ACTOR = "citizen";
    static final String SYSTEM_ACTOR = "system";

    @Inject Locations locations;
    @Inject ServiceSelection selection;
    @Inject UnitRulesConfiguration unitRules;
    @Inject DayPlans dayPlans;
    @Inject SeatLedger ledger;
    @Inject AppointmentRepository appointments;
    @Inject DepartmentRulesRegistry departments;
    @Inject Clock clock;
    @Inject Event<AppointmentEvent> events;
    @Inject AppointmentEvents appointmentEvents;
    @Inject StaffSeats staffSeats;
    @Inject CityHolidays holidays;

    /** A requested slot, checked against the calendar: where the seats would be taken. */
    record RequestedSlot(
            String unitId,
            String locationId,
            List<Service> services,
            LocalDateTime start,
            LocalDateTime end,
            int slotMinutes,
            List<SeatLedger.Claim> claims,
            UnitRules rules) {}

    @Override
    public AppointmentView hold(HoldSeat command) {
        InputErrors errors = new InputErrors();
        if (command == null) {
            errors.add("body", "platform.validation.required");
            errors.throwIfAny();
        }
        RequestedSlot slot =
                resolve(
                        errors,
                        command.service(),
                        command.services(),
                        command.location(),
                        CityTime.local(command.start()));
        errors.throwIfAny();
        staffSeats.check(slot.unitId(), slot.services(), slot.start().toLocalDate());
        checkPolicies(slot, false, null, null);
        Instant now = clock.instant();
        Appointment held = takeSeats(slot, now, now.plusSeconds(60L * slot.rules().holdMinutes()));
        appointments.add(held);
        record(held, null, PUBLIC_ACTOR, Message.of("scheduling.history.held"));
        return view(held);
    }

    @Override
    public AppointmentView book(
            BookAppointment command, Optional<String> staffUser, Optional<String> idempotencyKey) {
        InputErrors errors = new InputErrors();
        if (command == null) {
            errors.add("body", "platform.validation.required");
            errors.throwIfAny();
        }
        Optional<String> key = idempotencyKey.filter(k -> !k.isBlank());
        if (key.isPresent() && key.get().length() > 100) {
            errors.add("Idempotency-Key", "platform.validation.maxLength", 100);
        }
        IdempotencyKey idempotency =
                key.isPresent() && errors.isEmpty()
                        ? idempotencyKey(key.get(), staffUser, command)
                        : null;
        boolean fromHold = command.holdCode() != null;
        // drawn before the claim, so the claim names what this request books: one INSERT for the
        // key and no UPDATE later. Claimed first, so a new key costs no SELECT; if this request
        // then fails, the rollback takes the claim with it. A claim that waited for a concurrent
        // request with the same key, or found an earlier one, answers with what that request
        // created.
        String code =
                !fromHold
                        ? BookingCodes.newCode()
                        : BookingCodes.isWellFormed(command.holdCode())
                                ? command.holdCode()
                                : null; // refused below as an unknown hold

        // before anything reads: the per-contact limit below counts in a snapshot taken after this
        // booking holds its contact's guard, so it sees a concurrent booking of the same person
        // (on another Galera node the two conflict on the guard and one is run again)
        appointments.guardContact(
                blankToNull(command.email()) == null
                        ? null
                        : blankToNull(command.email()).toLowerCase(java.util.Locale.ROOT),
                blankToNull(command.phone()));
        if (idempotency != null
                && !appointments.claimIdempotencyKey(idempotency, code, clock.instant())) {
            return replay(idempotency)
                    .orElseThrow(
                            () ->
                                    ProblemException.conflict(
                                            "idempotency-key-in-use",
                                            "scheduling.booking.inProgress"));
        }
        Contact contact = contact(errors, command, staffUser.isPresent());
        Appointment held = null;
        RequestedSlot slot = null;
        if (fromHold) {
            held = holdOf(command.holdCode(), command.holdToken());
        } else {
            slot =
                    resolve(
                            errors,
                            command.service(),
                            command.services(),
                            command.location(),
                            CityTime.local(command.start()));
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        if (fromHold) {
            slot = resolve(errors, null, held.services(), held.locationId(), held.startsAt());
            errors.throwIfAny();
            if (held.status() != AppointmentStatus.HELD
                    && held.status() != AppointmentStatus.EXPIRED) {
                // the hold is this booking's code: it was booked already, by an earlier request
                throw ProblemException.conflict("hold-used", "scheduling.hold.alreadyUsed");
            }
            if (held.status() != AppointmentStatus.HELD || !now.isBefore(held.expiresAt())) {
                throw ProblemException.conflict("hold-expired", "scheduling.hold.expired");
            }
        }
        if (!fromHold) {
            // a hold was checked, and for a dealer counted against the quota, when it was taken
            staffSeats.check(slot.unitId(), slot.services(), slot.start().toLocalDate());
        }
        checkPolicies(
                slot,
                staffSeats.actsForOffice(slot.unitId()),
                contact,
                held == null ? null : held.code());
        Appointment appointment = fromHold ? held : takeSeats(slot, now, null, code);
        AppointmentStatus before = fromHold ? AppointmentStatus.HELD : null;
        appointment.book(
                contact,
                staffUser.orElse(null),
                now.plusSeconds(60L * slot.rules().confirmWithinMinutes()));
        if (fromHold) {
            appointments.flush();
        } else {
            // booked before it is stored: one INSERT instead of an INSERT of the hold and an UPDATE
            appointments.add(appointment);
        }
        AppointmentHistoryEntry booked =
                record(
                        appointment,
                        before,
                        staffUser.orElse(PUBLIC_ACTOR),
                        staffUser.isPresent()
                                ? Message.of("scheduling.history.bookedByStaff")
                                : null);
        events.fire(appointmentEvents.booked(appointment));
        // a new appointment's history is the entry just written: no SELECT of it
        return fromHold ? view(appointment) : view(appointment, List.of(booked));
    }

    @Override
    public AppointmentView confirm(String code, String token) {
        Appointment appointment = own(code, token);
        AppointmentStatus before = appointment.status();
        if (appointment.confirm(clock.instant())) {
            appointments.flush();
            record(appointment, before, PUBLIC_ACTOR, null);
            events.fire(appointmentEvents.confirmed(appointment));
        }
        return view(appointment);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AppointmentView find(String code, String token) {
        return view(own(code, token));
    }

    @Override
    public void cancel(String code, String token, Optional<String> staffUser) {
        Appointment appointment = own(code, token);
        AppointmentStatus before = appointment.status();
        appointment.cancel();
        appointments.flush();
        UnitRules rules = unitRules.rules(appointment.unitId());
        giveBackSeats(
                appointment, appointment.seatSlots(), before != AppointmentStatus.HELD, rules);
        record(appointment, before, staffUser.orElse(PUBLIC_ACTOR), null);
        events.fire(appointmentEvents.cancelled(appointment, staffUser.orElse(PUBLIC_ACTOR)));
    }

    @Override
    public AppointmentView reschedule(
            String code, String token, java.time.OffsetDateTime start, Optional<String> staffUser) {
        Appointment appointment = own(code, token);
        InputErrors errors = new InputErrors();
        RequestedSlot slot =
                resolve(
                        errors,
                        null,
                        appointment.services(),
                        appointment.locationId(),
                        CityTime.local(start));
        errors.throwIfAny();
        appointment.requireReschedulable();
        staffSeats.check(slot.unitId(), slot.services(), slot.start().toLocalDate());
        // no contact: a move adds no open appointment, so the per-contact limit does not apply
        checkPolicies(slot, staffSeats.actsForOffice(slot.unitId()), null, null);
        List<LocalDateTime> oldSlots = appointment.seatSlots();
        LocalDateTime oldStart = appointment.startsAt();
        // the new seats first: if they are gone, the old ones stay untouched
        if (!ledger.take(slot.unitId(), slot.locationId(), appointment.pool(), slot.claims())) {
            throw slotTaken();
        }
        appointment.moveTo(slot.start(), slot.end(), slot.slotMinutes());
        appointments.flush();
        giveBackSeats(appointment, oldSlots, true, slot.rules());
        record(
                appointment,
                appointment.status(),
                staffUser.orElse(PUBLIC_ACTOR),
                Message.of("scheduling.history.movedFrom", CityTime.offset(oldStart)));
        events.fire(appointmentEvents.rescheduled(appointment, oldStart));
        return view(appointment);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public String calendarFile(String code, String token) {
        return AppointmentCalendarFile.of(appointmentEvents.facts(own(code, token)));
    }

    /** Ends a hold or reservation whose time ran out and gives its seats back at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean expire(long appointmentId) {
        Optional<Appointment> found = appointments.byId(appointmentId);
        if (found.isEmpty()) {
            return false;
        }
        Appointment appointment = found.get();
        AppointmentStatus before = appointment.status();
        if (!appointment.expire(clock.instant())) {
            return false;
        }
        appointments.flush();
        ledger.giveBack(
                appointment.unitId(),
                appointment.locationId(),
                appointment.pool(),
                appointment.seatSlots());
        record(
                appointment,
                before,
                SYSTEM_ACTOR,
                Message.of("scheduling.history.notConfirmedInTime"));
        events.fire(appointmentEvents.expired(appointment));
        return true;
    }

    /** Returns one held-back seat to the ledger. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean releaseHeldBackSeat(long releaseId) {
        return ledger.release(releaseId);
    }

    // --- helpers

    /**
     * The caller's key for exactly this body: another caller, or another body, is another request.
     */
    private static IdempotencyKey idempotencyKey(
            String key, Optional<String> staffUser, BookAppointment c) {
        return IdempotencyKey.of(
                IDEMPOTENCY_SCOPE,
                staffUser,
                key,
                java.util.Arrays.asList(
                        c.service(),
                        c.services(),
                        c.location(),
                        c.start(),
                        c.name(),
                        c.email(),
                        c.phone(),
                        c.language(),
                        c.holdCode(),
                        c.holdToken(),
                        c.deadline()));
    }

    /**
     * What the caller's earlier request with this key created; 422 when that request had another
     * body.
     */
    private Optional<AppointmentView> replay(IdempotencyKey key) {
        Optional<IdempotencyKey.Use> earlier = appointments.idempotencyKeyUse(key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!key.sameBodyAs(earlier.get())) {
            throw ProblemException.invalid(
                    "Idempotency-Key", "scheduling.booking.idempotencyKeyReused");
        }
        IdempotencyKey.Use use = earlier.get();
        return use.appointmentCode()
                .flatMap(appointments::byCode)
                .or(() -> use.appointmentId().flatMap(appointments::byId))
                .map(this::view);
    }

    private Appointment own(String code, String token) {
        return Optional.ofNullable(code)
                .filter(BookingCodes::isWellFormed)
                .flatMap(appointments::byCode)
                .filter(a -> a.status() != AppointmentStatus.HELD && a.tokenMatches(token))
                .orElseThrow(BookingService::unknownAppointment);
    }

    private Appointment holdOf(String code, String token) {
        return Optional.ofNullable(code)
                .filter(BookingCodes::isWellFormed)
                .flatMap(appointments::byCode)
                .filter(a -> a.tokenMatches(token))
                .orElseThrow(() -> ProblemException.notFound("scheduling.hold.notFound"));
    }

    private static ProblemException unknownAppointment() {
        return ProblemException.notFound("scheduling.appointment.notFound");
    }

    private static ProblemException slotTaken() {
        return ProblemException.conflict("slot-taken", "scheduling.booking.slotTaken");
    }

    /** Takes the seats and returns the new appointment holding them, not stored yet. */
    private Appointment takeSeats(RequestedSlot slot, Instant now, Instant expiresAt) {
        return takeSeats(slot, now, expiresAt, BookingCodes.newCode());
    }

    private Appointment takeSeats(RequestedSlot slot, Instant now, Instant expiresAt, String code) {
        if (!ledger.take(slot.unitId(), slot.locationId(), SeatPool.PUBLIC, slot.claims())) {
            throw slotTaken();
        }
        // no SELECT for a free code: the unique key refuses a taken one, and ConflictRetry runs the
        // booking again with a new code (a duplicate key is one of the conflicts it retries)
        Appointment appointment =
                Appointment.hold(
                        code,
                        BookingCodes.newToken(),
                        slot.unitId(),
                        slot.locationId(),
                        slot.services().stream().map(Service::code).toList(),
                        slot.start(),
                        slot.end(),
                        slot.slotMinutes(),
                        SeatPool.PUBLIC,
                        now,
                        expiresAt);
        return appointment;
    }

    private void giveBackSeats(
            Appointment appointment, List<LocalDateTime> slots, boolean holdBack, UnitRules rules) {
        int holdBackMinutes = rules.releaseHoldBackMinutes();
        if (holdBack && holdBackMinutes > 0) {
            ledger.giveBackLater(
                    appointment.unitId(),
                    appointment.locationId(),
                    appointment.pool(),
                    slots,
                    clock.instant().plusSeconds(60L * holdBackMinutes));
        } else {
            ledger.giveBack(
                    appointment.unitId(), appointment.locationId(), appointment.pool(), slots);
        }
    }

    private void checkPolicies(
            RequestedSlot slot, boolean byStaff, Contact contact, String exceptCode) {
        LocalDateTime now = CityTime.now(clock);
        long open =
                contact == null
                        ? 0
                        : appointments.openAppointments(
                                slot.unitId(), contact.email(), contact.phone(), now, exceptCode);
        BookingFacts facts =
                new BookingFacts(
                        slot.unitId(),
                        slot.locationId(),
                        slot.services(),
                        slot.start(),
                        now,
                        slot.rules(),
                        byStaff,
                        open);
        Optional<Decision.Rejected> rejection =
                KernelBookingPolicies.firstRejection(
                        facts, departments.forUnit(slot.unitId()).bookingPolicies(slot.unitId()));
        if (rejection.isPresent()) {
            throw ProblemException.invalid(rejection.get().field(), rejection.get().reason());
        }
    }

    /** Checks services, location and start against the catalogue and the calendar; adds errors. */
    private RequestedSlot resolve(
            InputErrors errors,
            String service,
            List<String> serviceList,
            String locationId,
            LocalDateTime startsAt) {
        List<String> requested = new ArrayList<>();
        requested.add(service);
        if (serviceList != null) {
            requested.addAll(serviceList);
        }
        List<Service> services = selection.services(errors, requested);
        selection.location(errors, locationId);
        if (startsAt == null) {
            errors.add("start", "platform.validation.required");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String unitId = services.get(0).unit();
        UnitRules rules = unitRules.rules(unitId);
        Map<java.time.LocalDate, DayPlan> plans =
                dayPlans.plans(
                        unitId, locationId, startsAt.toLocalDate(), startsAt.toLocalDate(), rules);
        DayPlan plan = plans.get(startsAt.toLocalDate());
        int total = services.stream().mapToInt(Service::durationMinutes).sum();
        if (plan == null || total % plan.slotMinutes() != 0) {
            notBookable(errors, startsAt.toLocalDate());
            return null;
        }
        int slotsNeeded = total / plan.slotMinutes();
        List<LocalDateTime> run = plan.run(startsAt.toLocalTime(), slotsNeeded, SeatPool.PUBLIC);
        if (startsAt.getSecond() != 0 || startsAt.getNano() != 0 || run.isEmpty()) {
            notBookable(errors, startsAt.toLocalDate());
            return null;
        }
        List<SeatLedger.Claim> claims =
                run.stream()
                        .map(
                                s ->
                                        new SeatLedger.Claim(
                                                s, plan.capacity(s.toLocalTime(), SeatPool.PUBLIC)))
                        .toList();
        return new RequestedSlot(
                unitId,
                locationId,
                services,
                startsAt,
                startsAt.plusMinutes(total),
                plan.slotMinutes(),
                claims,
                rules);
    }

    /** A start that is no bookable time: on a public holiday the answer names the holiday. */
    private void notBookable(InputErrors errors, java.time.LocalDate day) {
        holidays.on(day)
                .ifPresentOrElse(
                        holiday ->
                                errors.add(
                                        "start",
                                        "scheduling.booking.publicHoliday",
                                        CityHolidays.date(day),
                                        CityHolidays.name(holiday)),
                        () -> errors.add("start", "scheduling.booking.notBookableAtThisTime"));
    }

    private static Contact contact(InputErrors errors, BookAppointment command, boolean byStaff) {
        // formats and lengths are the command's constraints; whether a mail is needed depends on
        // the caller
        String name = command.name() == null ? null : command.name().strip();
        String email = blankToNull(command.email());
        String phone = blankToNull(command.phone());
        if (!byStaff && email == null) {
            errors.add("email", "scheduling.booking.emailForConfirmation");
        }
        String language = command.language() == null ? "de" : command.language();
        java.time.LocalDate deadline = command.deadline();
        return new Contact(
                name,
                email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                phone,
                language,
                deadline);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private AppointmentHistoryEntry record(
            Appointment appointment, AppointmentStatus before, String actor, Message detail) {
        AppointmentHistoryEntry entry =
                new AppointmentHistoryEntry(
                        appointment.id(),
                        clock.instant(),
                        before,
                        appointment.status(),
                        actor,
                        detail);
        appointments.record(entry);
        return entry;
    }

    private AppointmentView view(Appointment a) {
        return view(a, appointments.history(a.id()));
    }

    private AppointmentView view(Appointment a, List<AppointmentHistoryEntry> entries) {
        List<AppointmentView.StatusChange> history =
                entries.stream()
                        .map(
                                h ->
                                        new AppointmentView.StatusChange(
                                                CityTime.offset(h.at()),
                                                h.fromStatus(),
                                                h.toStatus(),
                                                h.actor(),
                                                h.detail()))
                        .toList();
        List<String> services = a.services();
        return new AppointmentView(
                a.code(),
                a.token(),
                a.status(),
                a.unitId(),
                services.isEmpty() ? null : services.get(0),
                services,
                a.locationId(),
                CityTime.offset(a.startsAt()),
                CityTime.offset(a.endsAt()),
                a.name(),
                a.email(),
                a.phone(),
                a.language(),
                CityTime.offset(a.expiresAt()),
                a.deadline(),
                a.unserved(),
                a.disruptionId() == null
                        ? null
                        : new AppointmentView.Replacement(
                                a.disruptionId(),
                                CityTime.offset(a.replacementStart()),
                                a.replacedByCode(),
                                a.replacedByCode() == null
                                        ? null
                                        : appointments
                                                .byCode(a.replacedByCode())
                                                .map(Appointment::token)
                                                .orElse(null),
                                a.replacementDeclined(),
                                a.replacementWithdrawn()),
                history);
    }
}
