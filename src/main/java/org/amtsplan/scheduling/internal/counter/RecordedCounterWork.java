package org.amtsplan.scheduling.internal.counter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.IssueTicket;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.NumberBlock;
import org.amtsplan.scheduling.api.OfflineAppointment;
import org.amtsplan.scheduling.api.OfflineCounter;
import org.amtsplan.scheduling.api.OfflineTicket;
import org.amtsplan.scheduling.api.RecordedStep;
import org.amtsplan.scheduling.api.RecordedTicket;
import org.amtsplan.scheduling.api.TicketAction;
import org.amtsplan.scheduling.api.TicketStatus;
import org.amtsplan.scheduling.api.TicketView;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.booking.Appointment;
import org.amtsplan.scheduling.internal.calendar.DayPlan;
import org.amtsplan.scheduling.internal.calendar.DayPlans;
import org.amtsplan.scheduling.internal.support.CityTime;
import org.amtsplan.scheduling.internal.support.InputErrors;

/**
 * The offline counter's side of the kernel: number blocks, and its tickets and steps entered with
 * the times they happened. The rules are {@link CounterService}'s own, judged at that time.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
class RecordedCounterWork implements OfflineCounter {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Units units;
    @Inject Locations locations;
    @Inject TicketRepository tickets;
    @Inject CounterService counter;
    @Inject DayPlans plans;
    @Inject UnitRulesConfiguration unitRules;
    @Inject Clock clock;

    @Override
    public NumberBlock reserveNumbers(String unitId, String locationId, String holder) {
        UnitDescription unit = units.require(unitId);
        locations.require(locationId);
        return view(
                unit,
                tickets.reserveBlock(
                        unitId,
                        locationId,
                        holder,
                        FIRST_RESERVED,
                        BLOCK_SIZE,
                        CityTime.now(clock).toLocalDate(),
                        clock.instant()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NumberBlock> numbersOf(String holder) {
        return tickets.blockOf(holder).map(b -> view(units.require(b.unitId()), b));
    }

    @Override
    public void revokeNumbers(String holder, Instant at) {
        tickets.revokeBlock(holder, at);
    }

    @Override
    public TicketView issueRecorded(RecordedTicket recorded) {
        UnitDescription unit = units.require(recorded.unit());
        locations.require(recorded.location());
        LocalDate day = CityTime.offset(recorded.at()).toLocalDate();
        String number = recorded.number();
        boolean reserved =
                tickets.blockOf(holderOf(recorded.unit(), recorded.location(), number)).isPresent();
        if (!reserved) {
            throw ProblemException.invalid("number", "scheduling.offline.numberNotReserved");
        }
        if (tickets.byNumber(unit.id(), recorded.location(), day, number).isPresent()) {
            throw ProblemException.conflict(
                    "number-taken", "scheduling.offline.numberTaken", number, day);
        }
        Ticket ticket;
        if (recorded.appointmentCode() != null) {
            ticket =
                    counter.checkIn(
                            unit,
                            recorded.location(),
                            recorded.appointmentCode(),
                            day,
                            recorded.at(),
                            () -> number,
                            recorded.clerk());
        } else {
            ticket =
                    counter.walkIn(
                            unit,
                            recorded.location(),
                            new IssueTicket.WalkIn(
                                    recorded.service(),
                                    recorded.name(),
                                    recorded.phone(),
                                    null,
                                    null),
                            day,
                            recorded.at(),
                            counter.dutyAt(unit.id(), recorded.location(), recorded.at()),
                            () -> number);
        }
        return counter.view(ticket, null);
    }

    /** The holder of the block holding a number, or a name no holder has. */
    private String holderOf(String unitId, String locationId, String number) {
        UnitDescription unit = units.require(unitId);
        if (number == null
                || !number.startsWith(unit.ticketPrefix())
                || !number.substring(unit.ticketPrefix().length()).matches("[0-9]{1,6}")) {
            return "";
        }
        int value = Integer.parseInt(number.substring(unit.ticketPrefix().length()));
        if (!number.equals(NumberBlock.format(unit.ticketPrefix(), value))) {
            return ""; // K0512 is not K512: only the server's form is a block's number
        }
        List<?> holders =
                em.createNativeQuery(
                                "select holder from sch_number_block where unit_id = ?1 and location_id = ?2"
                                        + " and ?3 between first_number and last_number")
                        .setParameter(1, unitId)
                        .setParameter(2, locationId)
                        .setParameter(3, value)
                        .getResultList();
        return holders.isEmpty() ? "" : (String) holders.get(0);
    }

    @Override
    public TicketView actRecorded(RecordedStep step) {
        units.require(step.unit());
        locations.require(step.location());
        LocalDate day = CityTime.offset(step.at()).toLocalDate();
        Ticket ticket =
                tickets.byNumber(step.unit(), step.location(), day, step.number())
                        .orElseThrow(
                                () ->
                                        ProblemException.conflict(
                                                "unknown-ticket",
                                                "scheduling.offline.unknownTicket",
                                                step.number(),
                                                day));
        // the device's clock may not rewrite history: a step before the ticket's or its case's
        // last recorded time would give negative waiting or service times
        Instant last =
                tickets.caseOf(ticket.id())
                        .map(CaseRecord::lastRecordedAt)
                        .filter(c -> c.isAfter(ticket.lastRecordedAt()))
                        .orElse(ticket.lastRecordedAt());
        if (step.at().isBefore(last)) {
            throw ProblemException.conflict(
                    "out-of-order",
                    "scheduling.offline.beforeLastStep",
                    step.number(),
                    CityTime.offset(last).toLocalTime().withNano(0));
        }
        switch (step.action()) {
            case "call" -> {
                CounterService.requireOnDuty(
                        step.counter(),
                        counter.dutyAt(ticket.unitId(), ticket.locationId(), step.at()));
                if (ticket.status() == TicketStatus.WAITING) {
                    ticket.call(step.counter().strip(), step.clerk(), step.at());
                } else {
                    ticket.recall(step.counter().strip(), step.clerk(), step.at());
                }
                tickets.flush();
                counter.followAppointment(ticket, step.at(), step.clerk());
            }
            case "draft" -> {
                InputErrors errors = new InputErrors();
                CounterService.checkDraft(step.notes(), step.documents(), errors);
                errors.throwIfAny();
                tickets.caseOf(ticket.id())
                        .orElseThrow(
                                () ->
                                        ProblemException.conflict(
                                                "case-not-open", "scheduling.case.notOpen"))
                        .recordOffline(step.notes(), step.documents());
                tickets.flush();
            }
            case "finish" -> {
                // the device's final notes join what the server held of the case (see
                // CaseRecord.recordOffline); the finish itself then keeps them
                Optional<CaseRecord> open =
                        tickets.caseOf(ticket.id()).filter(CaseRecord::takesOfflineNotes);
                if (open.isPresent()) {
                    InputErrors errors = new InputErrors();
                    CounterService.checkDraft(step.notes(), step.documents(), errors);
                    errors.throwIfAny();
                    open.get().recordOffline(step.notes(), step.documents());
                    tickets.flush();
                }
                counter.act(
                        ticket,
                        "finish",
                        new TicketAction(step.outcome(), null, null, null, null),
                        step.clerk(),
                        step.at());
            }
            case "start", "park" ->
                    counter.act(
                            ticket,
                            step.action(),
                            new TicketAction(
                                    step.outcome(), step.notes(), step.documents(), null, null),
                            step.clerk(),
                            step.at());
            default -> throw ProblemException.invalid("type", "scheduling.ticket.unknownAction");
        }
        return counter.view(ticket, null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LocalDate> workingDays(
            String unitId, String locationId, LocalDate from, int count) {
        units.require(unitId);
        locations.require(locationId);
        List<LocalDate> days = new ArrayList<>(List.of(from));
        Map<LocalDate, DayPlan> ahead =
                plans.plans(
                        unitId,
                        locationId,
                        from.plusDays(1),
                        from.plusDays(31),
                        unitRules.rules(unitId));
        for (DayPlan plan : ahead.values()) {
            if (days.size() >= count) {
                break;
            }
            if (!plan.slots().isEmpty()) {
                days.add(plan.date());
            }
        }
        return days;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfflineAppointment> appointments(
            String unitId, String locationId, List<LocalDate> days) {
        units.require(unitId);
        locations.require(locationId);
        List<Appointment> found = new ArrayList<>();
        for (LocalDate day : days) {
            found.addAll(
                    em.createQuery(
                                    "select a from Appointment a where a.unitId = :unit and a.locationId = :location"
                                            + " and a.startsAt >= :from and a.startsAt < :to and a.status not in :gone"
                                            // a callback's stand-in is nobody to serve, and
                                            // its name has no place on a device
                                            + " and a.unserved = false"
                                            + " order by a.startsAt, a.code",
                                    Appointment.class)
                            .setParameter("unit", unitId)
                            .setParameter("location", locationId)
                            .setParameter("from", day.atStartOfDay())
                            .setParameter("to", day.plusDays(1).atStartOfDay())
                            .setParameter(
                                    "gone",
                                    List.of(AppointmentStatus.HELD, AppointmentStatus.EXPIRED))
                            .getResultList());
        }
        Map<String, Ticket> ticketOf = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select t from Ticket t where t.appointmentCode in :codes", Ticket.class)
                    .setParameter("codes", found.stream().map(Appointment::code).toList())
                    .getResultList()
                    .forEach(t -> ticketOf.put(t.appointmentCode(), t));
        }
        return found.stream()
                .map(
                        a -> {
                            Ticket t = ticketOf.get(a.code());
                            return new OfflineAppointment(
                                    a.code(),
                                    a.name(),
                                    a.services().get(0),
                                    a.startsAt(),
                                    a.endsAt(),
                                    a.status(),
                                    t == null ? null : t.id(),
                                    t == null ? null : t.number(),
                                    t == null ? null : t.status());
                        })
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfflineTicket> openTickets(String unitId, String locationId, LocalDate day) {
        units.require(unitId);
        locations.require(locationId);
        return em
                .createQuery(
                        "select t from Ticket t where t.unitId = :unit and t.locationId = :location"
                                + " and t.day = :day and t.status in :open order by t.arrivedAt, t.id",
                        Ticket.class)
                .setParameter("unit", unitId)
                .setParameter("location", locationId)
                .setParameter("day", day)
                .setParameter(
                        "open",
                        List.of(
                                TicketStatus.WAITING,
                                TicketStatus.CALLED,
                                TicketStatus.IN_SERVICE,
                                TicketStatus.PARKED))
                .getResultList()
                .stream()
                .map(
                        t ->
                                new OfflineTicket(
                                        t.id(),
                                        t.day(),
                                        t.number(),
                                        t.kind(),
                                        t.status(),
                                        t.serviceCode(),
                                        t.name(),
                                        t.appointmentCode(),
                                        CityTime.offset(t.arrivedAt()),
                                        t.counterId()))
                .toList();
    }

    private static NumberBlock view(UnitDescription unit, TicketRepository.Block block) {
        return new NumberBlock(
                block.unitId(),
                block.locationId(),
                unit.ticketPrefix(),
                block.first(),
                block.last(),
                block.holder(),
                block.reservedAt(),
                block.revokedAt());
    }
}
