package org.amtsplan.scheduling.internal.counter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.CaseDraft;
import org.amtsplan.scheduling.api.CaseView;
import org.amtsplan.scheduling.api.CounterWork;
import org.amtsplan.scheduling.api.CountersToday;
import org.amtsplan.scheduling.api.IssueTicket;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.TicketAction;
import org.amtsplan.scheduling.api.TicketKind;
import org.amtsplan.scheduling.api.TicketView;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.booking.Appointment;
import org.amtsplan.scheduling.internal.booking.AppointmentHistoryEntry;
import org.amtsplan.scheduling.internal.booking.AppointmentRepository;
import org.amtsplan.scheduling.internal.booking.BookingCodes;
import org.amtsplan.scheduling.internal.calendar.CounterDuties;
import org.amtsplan.scheduling.internal.calendar.CounterDuty;
import org.amtsplan.scheduling.internal.catalogue.DepartmentRulesRegistry;
import org.amtsplan.scheduling.internal.catalogue.OfferedService;
import org.amtsplan.scheduling.internal.catalogue.OfferedServiceRepository;
import org.amtsplan.scheduling.internal.support.CityTime;
import org.amtsplan.scheduling.internal.support.InputErrors;
import org.amtsplan.scheduling.spi.Decision;
import org.amtsplan.scheduling.spi.DepartmentRules;
import org.amtsplan.scheduling.spi.QueueContext;
import org.amtsplan.scheduling.spi.WaitingTicket;
import org.amtsplan.scheduling.spi.WalkInDecision;
import org.amtsplan.scheduling.spi.WalkInRequest;

/** The counter side of the kernel: check-in, walk-ins, the queue and the clerk's actions. */
@ApplicationScoped
@Transactional
@RetriedOnConflict
class CounterService implements CounterWork {

    /** How many recent cases the waiting-time estimate averages. */
    static final int RECENT_CASES = 20;

    static final int MAX_NOTES = 4000;
    static final int MAX_DOCUMENTS = 20;
    static final int MAX_DOCUMENT = 200;

    @Inject Units units;
    @Inject Locations locations;
    @Inject UnitRulesConfiguration unitRules;
    @Inject DepartmentRulesRegistry departments;
    @Inject TicketRepository tickets;
    @Inject AppointmentRepository appointments;
    @Inject OfferedServiceRepository services;
    @Inject CounterDuties duties;
    @Inject Clock clock;

    @Override
    public TicketView issue(String unitId, String locationId, IssueTicket command) {
        UnitDescription unit = units.require(unitId);
        locations.require(locationId);
        boolean checkIn = command != null && command.appointmentCode() != null;
        boolean walkIn = command != null && command.walkIn() != null;
        boolean referral = command != null && command.referral() != null;
        if ((checkIn ? 1 : 0) + (walkIn ? 1 : 0) + (referral ? 1 : 0) != 1) {
            throw ProblemException.invalid("appointmentCode", "scheduling.ticket.exactlyOneKind");
        }
        Instant now = clock.instant();
        LocalDate today = CityTime.now(clock).toLocalDate();
        Ticket ticket;
        if (checkIn) {
            ticket =
                    checkIn(
                            unit,
                            locationId,
                            command.appointmentCode(),
                            today,
                            now,
                            () -> number(unit, locationId, today),
                            "counter");
        } else if (walkIn) {
            ticket =
                    walkIn(
                            unit,
                            locationId,
                            command.walkIn(),
                            today,
                            now,
                            duties.now(unit.id(), locationId),
                            () -> number(unit, locationId, today));
        } else {
            ticket = referral(unit, locationId, command.referral(), today, now);
        }
        return view(ticket, null);
    }

    /**
     * Checks an appointment in at {@code now} (an offline counter's time, when entered afterwards)
     * with the number the supplier draws once the rules allow it.
     */
    Ticket checkIn(
            UnitDescription unit,
            String locationId,
            String code,
            LocalDate today,
            Instant now,
            Supplier<String> number,
            String actor) {
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        Appointment appointment =
                Optional.of(normalised)
                        .filter(BookingCodes::isWellFormed)
                        .flatMap(appointments::byCode)
                        .orElseThrow(
                                () ->
                                        ProblemException.invalid(
                                                "appointmentCode",
                                                "scheduling.appointment.notFound"));
        appointment.requireAt(unit.id(), locationId, today);
        if (tickets.appointmentCheckedIn(appointment.code())) {
            throw ProblemException.conflict(
                    "already-checked-in", "scheduling.ticket.alreadyCheckedIn");
        }
        AppointmentStatus before = appointment.status();
        appointment.checkIn(unit.id(), locationId, today);
        appointments.flush();
        appointments.record(
                new AppointmentHistoryEntry(
                        appointment.id(), now, before, appointment.status(), actor, null));
        boolean urgent =
                appointment.deadline() != null
                        && departments
                                .forUnit(unit.id())
                                .isUrgent(
                                        unit.id(),
                                        unitRules.rules(unit.id()),
                                        appointment.deadline(),
                                        today);
        Ticket ticket =
                new Ticket(
                        unit.id(),
                        locationId,
                        today,
                        number.get(),
                        TicketKind.APPOINTMENT,
                        appointment.services().get(0),
                        appointment.code(),
                        appointment.startsAt(),
                        appointment.name(),
                        appointment.phone(),
                        urgent,
                        now);
        tickets.add(ticket);
        return ticket;
    }

    /** A walk-in at {@code now} on {@code today}, under the counter duty of that time. */
    Ticket walkIn(
            UnitDescription unit,
            String locationId,
            IssueTicket.WalkIn walkIn,
            LocalDate today,
            Instant now,
            CounterDuty duty,
            Supplier<String> number) {
        InputErrors errors = new InputErrors();
        Optional<OfferedService> service =
                Optional.ofNullable(walkIn.service()).flatMap(services::find);
        if (service.isEmpty() || !service.get().unitId().equals(unit.id())) {
            errors.add("walkIn.service", "scheduling.notAServiceOfThisUnit");
        }
        if (walkIn.name() != null && walkIn.name().length() > 200) {
            errors.add("walkIn.name", "platform.validation.maxLength", 200);
        }
        if (walkIn.phone() != null && walkIn.phone().length() > 40) {
            errors.add("walkIn.phone", "platform.validation.maxLength", 40);
        }
        LocalDate deadline = walkIn.deadline();
        errors.throwIfAny();
        if (WalkInOnOpenDayPolicy.evaluate(duty) instanceof Decision.Rejected closed) {
            throw new ProblemException(
                    409,
                    "urn:amtsplan:problem:walk-in-closed-today",
                    closed.reason(),
                    List.of(),
                    Map.of());
        }
        UnitRules rules = unitRules.rules(unit.id());
        DepartmentRules department = departments.forUnit(unit.id());
        WalkInDecision decision =
                department.admitWalkIn(
                        new WalkInRequest(
                                unit.id(),
                                locationId,
                                service.get().code(),
                                blankToNull(walkIn.name()),
                                blankToNull(walkIn.phone()),
                                today,
                                rules));
        if (decision instanceof WalkInDecision.Refused refused) {
            throw new ProblemException(
                    409,
                    "urn:amtsplan:problem:walk-in-refused",
                    refused.reason(),
                    List.of(),
                    Map.of());
        }
        if (decision instanceof WalkInDecision.Referred referred) {
            throw new ProblemException(
                            409,
                            "urn:amtsplan:problem:walk-in-referred",
                            referred.reason(),
                            List.of(),
                            Map.of())
                    .with(
                            "referral",
                            Map.of(
                                    "date",
                                    referred.date().toString(),
                                    "number",
                                    referred.number()));
        }
        boolean urgent =
                Boolean.TRUE.equals(walkIn.urgent())
                        || (deadline != null
                                && department.isUrgent(unit.id(), rules, deadline, today));
        Ticket ticket =
                new Ticket(
                        unit.id(),
                        locationId,
                        today,
                        number.get(),
                        TicketKind.WALK_IN,
                        service.get().code(),
                        null,
                        null,
                        blankToNull(walkIn.name()),
                        blankToNull(walkIn.phone()),
                        urgent,
                        now);
        tickets.add(ticket);
        return ticket;
    }

    private Ticket referral(
            UnitDescription unit, String locationId, String number, LocalDate today, Instant now) {
        String service =
                departments
                        .forUnit(unit.id())
                        .redeemReferral(
                                unit.id(),
                                locationId,
                                today,
                                number.strip().toUpperCase(java.util.Locale.ROOT))
                        .orElseThrow(
                                () ->
                                        ProblemException.invalid(
                                                "referral", "scheduling.ticket.noOpenReferral"));
        Ticket ticket =
                new Ticket(
                        unit.id(),
                        locationId,
                        today,
                        number(unit, locationId, today),
                        TicketKind.REFERRAL,
                        service,
                        null,
                        null,
                        null,
                        null,
                        false,
                        now);
        tickets.add(ticket);
        return ticket;
    }

    private String number(UnitDescription unit, String locationId, LocalDate day) {
        return String.format(
                "%s%03d", unit.ticketPrefix(), tickets.nextNumber(unit.id(), locationId, day));
    }

    /** The city's date, once the unit and location exist and the caller works at their counters. */
    private LocalDate todayAtCounterOf(String unitId, String locationId) {
        units.require(unitId);
        locations.require(locationId);
        return CityTime.now(clock).toLocalDate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TicketView> parked(String unitId, String locationId) {
        LocalDate today = todayAtCounterOf(unitId, locationId);
        return tickets.parked(unitId, locationId, today).stream()
                .map(id -> view(tickets.byId(id).orElseThrow(), null))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TicketView> queue(String unitId, String locationId) {
        LocalDate today = todayAtCounterOf(unitId, locationId);
        List<WaitingTicket> ordered = ordered(unitId, locationId, today, null);
        double perCase = meanServiceMinutes(unitId, locationId);
        int counters =
                Math.max(
                        1,
                        tickets.activeCounters(
                                unitId, locationId, today, clock.instant().minusSeconds(30 * 60)));
        List<TicketView> queue = new ArrayList<>();
        for (int ahead = 0; ahead < ordered.size(); ahead++) {
            int estimate = (int) Math.round(ahead * perCase / counters);
            queue.add(view(tickets.byId(ordered.get(ahead).id()).orElseThrow(), estimate));
        }
        return queue;
    }

    @Override
    public Optional<TicketView> callNext(
            String unitId, String locationId, String counter, String clerk) {
        units.require(unitId);
        locations.require(locationId);
        requireOnDuty(counter, duties.now(unitId, locationId));
        counter = counter.strip();
        LocalDate today = CityTime.now(clock).toLocalDate();
        Instant now = clock.instant();
        for (WaitingTicket candidate : ordered(unitId, locationId, today, counter)) {
            if (tickets.claim(candidate.id(), counter, clerk, now)) {
                Ticket ticket = tickets.byId(candidate.id()).orElseThrow();
                followAppointment(ticket, now, clerk);
                tickets.recordCall(locationId, unitId, ticket.number(), counter, now);
                return Optional.of(view(ticket, null));
            }
        }
        return Optional.empty();
    }

    @Override
    public TicketView act(long ticketId, String action, TicketAction details, String clerk) {
        Ticket ticket =
                tickets.byId(ticketId)
                        .orElseThrow(() -> ProblemException.notFound("scheduling.ticket.notFound"));
        act(ticket, action, details, clerk, clock.instant());
        return view(ticket, null);
    }

    /**
     * A clerk's action on a ticket at {@code now}: the time it happened, which for an offline
     * counter lies in the past; the counter's duty is judged at that time.
     */
    void act(Ticket ticket, String action, TicketAction details, String clerk, Instant now) {
        long ticketId = ticket.id();
        TicketAction given = details == null ? TicketAction.NONE : details;
        UnitRules rules = unitRules.rules(ticket.unitId());
        Optional<CaseRecord> caseRecord = tickets.caseOf(ticketId);
        switch (action) {
            case "start" -> {
                ticket.start(now);
                if (caseRecord.isPresent()) {
                    caseRecord.get().resume(clerk, ticket.counterId());
                } else {
                    tickets.add(
                            new CaseRecord(
                                    ticketId, ticket.unitId(), clerk, ticket.counterId(), now));
                }
            }
            case "finish" -> {
                // the state first: finishing a ticket only called is refused as such, whatever the
                // form says
                ticket.requireStarted();
                InputErrors errors = new InputErrors();
                String outcome = blankToNull(given.outcome());
                if (OutcomeOfTheUnitPolicy.evaluate(outcome, rules.outcomes())
                        instanceof Decision.Rejected rejected) {
                    errors.add(rejected.field(), rejected.reason());
                }
                checkDraft(given.notes(), given.documents(), errors);
                errors.throwIfAny();
                ticket.finish(outcome, now);
                caseRecord.orElseThrow().close(outcome, given.notes(), given.documents(), now);
            }
            case "park" -> {
                ticket.park();
                caseRecord.ifPresent(CaseRecord::interrupt);
            }
            case "recall" -> {
                String counter = blankToNull(given.counter());
                if (counter != null) {
                    requireOnDuty(counter, dutyAt(ticket.unitId(), ticket.locationId(), now));
                }
                ticket.recall(counter, clerk, now);
                tickets.recordCall(
                        ticket.locationId(),
                        ticket.unitId(),
                        ticket.number(),
                        ticket.counterId(),
                        now);
            }
            case "missed" -> ticket.missed(rules.missedCallsForNoShow(), now);
            case "undo-missed" -> {
                if (UndoMissedWindowPolicy.evaluate(
                                ticket.missedAt(), now, rules.undoMissedMinutes())
                        instanceof Decision.Rejected tooLate) {
                    throw new ProblemException(
                            409,
                            "urn:amtsplan:problem:undo-too-late",
                            tooLate.reason(),
                            List.of(),
                            Map.of());
                }
                // the counter has called the next person meanwhile: two called at one counter
                // would leave one of them unseen; the clerk checks the late-comer in again instead
                String counter = ticket.missedAtCounter();
                if (counter != null
                        && tickets.currentAt(
                                        ticket.unitId(),
                                        ticket.locationId(),
                                        todayAtCounterOf(ticket.unitId(), ticket.locationId()),
                                        counter)
                                .filter(other -> other != ticketId)
                                .isPresent()) {
                    throw ProblemException.conflict(
                            "counter-busy", "scheduling.ticket.counterBusy", counter);
                }
                boolean wasNoShow =
                        ticket.status() == org.amtsplan.scheduling.api.TicketStatus.NO_SHOW;
                ticket.undoMissed();
                if (wasNoShow) {
                    undoNoShowOfAppointment(ticket, now, clerk);
                }
            }
            case "transfer" -> {
                if ((given.unit() == null || given.unit().isBlank())
                        && (given.counter() == null || given.counter().isBlank())) {
                    throw ProblemException.invalid(
                            "unit", "scheduling.counter.transferTargetMissing");
                }
                if (given.unit() != null && units.find(given.unit()).isEmpty()) {
                    throw ProblemException.invalid("unit", "scheduling.unit.unknown", given.unit());
                }
                if (blankToNull(given.counter()) != null) {
                    requireOnDuty(
                            given.counter(),
                            dutyAt(
                                    given.unit() == null ? ticket.unitId() : given.unit(),
                                    ticket.locationId(),
                                    now));
                }
                ticket.transfer(given.unit(), blankToNull(given.counter()));
                caseRecord.ifPresent(CaseRecord::interrupt);
            }
            default -> throw ProblemException.notFound("scheduling.ticket.unknownAction", action);
        }
        tickets.flush();
        followAppointment(ticket, now, clerk);
    }

    /** The counter duty at an instant, in the city's time. */
    CounterDuty dutyAt(String unitId, String locationId, Instant at) {
        return duties.at(unitId, locationId, CityTime.offset(at).toLocalDateTime());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketView ticket(long ticketId) {
        Ticket ticket =
                tickets.byId(ticketId)
                        .orElseThrow(() -> ProblemException.notFound("scheduling.ticket.notFound"));
        return view(ticket, null);
    }

    @Override
    public TicketView saveDraft(long ticketId, CaseDraft draft) {
        Ticket ticket =
                tickets.byId(ticketId)
                        .orElseThrow(() -> ProblemException.notFound("scheduling.ticket.notFound"));
        CaseDraft given = draft == null ? new CaseDraft(null, null) : draft;
        InputErrors errors = new InputErrors();
        checkDraft(given.notes(), given.documents(), errors);
        errors.throwIfAny();
        CaseRecord caseRecord =
                tickets.caseOf(ticketId)
                        .orElseThrow(
                                () ->
                                        ProblemException.conflict(
                                                "case-not-open", "scheduling.case.notOpen"));
        caseRecord.saveDraft(given.notes(), given.documents());
        tickets.flush();
        return view(ticket, null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TicketView> current(String unitId, String locationId, String counter) {
        LocalDate today = todayAtCounterOf(unitId, locationId);
        return tickets.currentAt(unitId, locationId, today, counter.strip())
                .flatMap(tickets::byId)
                .map(ticket -> view(ticket, null));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CountersToday counters(String unitId, String locationId) {
        LocalDate today = todayAtCounterOf(unitId, locationId);
        int counters = duties.now(unitId, locationId).counters();
        List<String> numbers = new ArrayList<>();
        for (int number = 1; number <= counters; number++) {
            numbers.add(Integer.toString(number));
        }
        return new CountersToday(today, numbers);
    }

    /** 422 unless the counter is one the unit staffs under this duty. */
    static void requireOnDuty(String counter, CounterDuty duty) {
        if (CounterOnDutyPolicy.evaluate(counter, duty) instanceof Decision.Rejected rejected) {
            throw ProblemException.invalid(rejected.field(), rejected.reason());
        }
    }

    /** Notes are free text within a sane length; documents a short list of short names. */
    static void checkDraft(String notes, List<String> documents, InputErrors errors) {
        if (notes != null && notes.length() > MAX_NOTES) {
            errors.add("notes", "platform.validation.maxLength", MAX_NOTES);
        }
        if (documents != null) {
            if (documents.size() > MAX_DOCUMENTS) {
                errors.add("documents", "platform.validation.entries", 0, MAX_DOCUMENTS);
            }
            for (int i = 0; i < documents.size() && i < MAX_DOCUMENTS; i++) {
                String document = documents.get(i);
                if (document != null
                        && (document.length() > MAX_DOCUMENT || document.contains("\n"))) {
                    errors.add(
                            "documents[" + i + "]", "platform.validation.maxLength", MAX_DOCUMENT);
                }
            }
        }
    }

    private void undoNoShowOfAppointment(Ticket ticket, Instant now, String clerk) {
        changeAppointmentOf(ticket, now, clerk, Appointment::noShowUndone);
    }

    @Override
    public List<String> limitCounter(
            String unitId, String locationId, String counter, List<String> serviceCodes) {
        units.require(unitId);
        locations.require(locationId);
        InputErrors errors = new InputErrors();
        List<String> codes = serviceCodes == null ? List.of() : serviceCodes;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null
                    || services.find(code).filter(s -> s.unitId().equals(unitId)).isEmpty()) {
                errors.add("services[" + i + "]", "scheduling.notAServiceOfThisUnit");
            }
        }
        if (counter == null || counter.isBlank() || counter.length() > 40) {
            errors.add("counter", "platform.validation.maxLength", 40);
        }
        errors.throwIfAny();
        tickets.limitCounter(unitId, locationId, counter, codes);
        return codes;
    }

    private List<WaitingTicket> ordered(
            String unitId, String locationId, LocalDate today, String counter) {
        List<String> allowed =
                counter == null ? List.of() : tickets.counterServices(unitId, locationId, counter);
        List<WaitingTicket> candidates = new ArrayList<>();
        for (TicketRepository.Waiting waiting : tickets.waiting(unitId, locationId, today)) {
            boolean forThisCounter =
                    counter == null
                            || waiting.assignedCounter() == null
                            || waiting.assignedCounter().equals(counter);
            boolean serviceServed =
                    allowed.isEmpty() || allowed.contains(waiting.ticket().service());
            if (forThisCounter && serviceServed) {
                candidates.add(waiting.ticket());
            }
        }
        UnitRules rules = unitRules.rules(unitId);
        QueueContext context =
                new QueueContext(
                        clock.instant(),
                        CityTime.now(clock),
                        rules.queueEarlyMinutes(),
                        rules.queueLateMinutes(),
                        rules.promoteAfterMinutes());
        return departments.forUnit(unitId).queuePolicy(unitId).order(candidates, context);
    }

    private double meanServiceMinutes(String unitId, String locationId) {
        return tickets.recentServiceMinutes(unitId, locationId, RECENT_CASES)
                .orElseGet(
                        () ->
                                services.list(Optional.of(unitId)).stream()
                                        .mapToInt(s -> s.view().durationMinutes())
                                        .average()
                                        .orElse(15));
    }

    void followAppointment(Ticket ticket, Instant now, String clerk) {
        changeAppointmentOf(ticket, now, clerk, appointment -> appointment.follow(ticket.status()));
    }

    /** Applies a change to the ticket's appointment, if any, and records it in its history. */
    private void changeAppointmentOf(
            Ticket ticket, Instant now, String clerk, Consumer<Appointment> change) {
        if (ticket.appointmentCode() == null) {
            return;
        }
        appointments
                .byCode(ticket.appointmentCode())
                .ifPresent(
                        appointment -> {
                            AppointmentStatus before = appointment.status();
                            change.accept(appointment);
                            if (before != appointment.status()) {
                                appointments.flush();
                                appointments.record(
                                        new AppointmentHistoryEntry(
                                                appointment.id(),
                                                now,
                                                before,
                                                appointment.status(),
                                                clerk,
                                                null));
                            }
                        });
    }

    TicketView view(Ticket t, Integer estimate) {
        // a ticket sent on to another unit does not carry the first unit's notes and documents
        // there: each department sees its own case work only
        CaseView caseView =
                tickets.caseOf(t.id())
                        .filter(c -> c.unitId().equals(t.unitId()))
                        .map(
                                c ->
                                        new CaseView(
                                                c.id(),
                                                c.clerk(),
                                                c.counterId(),
                                                c.status(),
                                                CityTime.offset(c.startedAt()),
                                                CityTime.offset(c.endedAt()),
                                                c.notes(),
                                                c.documents(),
                                                c.outcome()))
                        .orElse(null);
        return new TicketView(
                t.id(),
                t.number(),
                t.status(),
                t.kind(),
                t.unitId(),
                t.locationId(),
                t.serviceCode(),
                t.appointmentCode(),
                t.urgent(),
                CityTime.offset(t.arrivedAt()),
                CityTime.offset(t.calledAt()),
                t.counterId(),
                t.callCount(),
                estimate,
                caseView,
                undoMissedUntil(t));
    }

    /** Until when "did not come" can be taken back, while it can. */
    private OffsetDateTime undoMissedUntil(Ticket t) {
        if (t.missedAt() == null
                || (t.status() != org.amtsplan.scheduling.api.TicketStatus.WAITING
                        && t.status() != org.amtsplan.scheduling.api.TicketStatus.NO_SHOW)) {
            return null;
        }
        Instant until =
                t.missedAt()
                        .plus(Duration.ofMinutes(unitRules.rules(t.unitId()).undoMissedMinutes()));
        return until.isAfter(clock.instant()) ? CityTime.offset(until) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
