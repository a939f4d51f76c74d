package org.amtsplan.scheduling.internal.cancellation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.DisruptionScope;
import org.amtsplan.scheduling.api.OfficeCancellations;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.booking.Appointment;
import org.amtsplan.scheduling.internal.booking.AppointmentEvents;
import org.amtsplan.scheduling.internal.booking.AppointmentFetch;
import org.amtsplan.scheduling.internal.booking.AppointmentHistoryEntry;
import org.amtsplan.scheduling.internal.booking.AppointmentRepository;
import org.amtsplan.scheduling.internal.booking.BookingCodes;
import org.amtsplan.scheduling.internal.calendar.DayPlan;
import org.amtsplan.scheduling.internal.calendar.DayPlans;
import org.amtsplan.scheduling.internal.catalogue.DepartmentRulesRegistry;
import org.amtsplan.scheduling.internal.catalogue.OfferedService;
import org.amtsplan.scheduling.internal.catalogue.OfferedServiceRepository;
import org.amtsplan.scheduling.internal.counter.CaseRecord;
import org.amtsplan.scheduling.internal.counter.Ticket;
import org.amtsplan.scheduling.internal.counter.TicketRepository;
import org.amtsplan.scheduling.internal.ledger.SeatLedger;
import org.amtsplan.scheduling.internal.support.CityTime;
import org.amtsplan.scheduling.spi.DisruptedWork;

/**
 * The kernel's operations for a disruption (see {@link OfficeCancellations}): set-based where many
 * rows change, and without a rule of the disruption's own.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
class KernelOfficeCancellations implements OfficeCancellations {

    static final String OFFICE = "office";

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject AppointmentRepository appointments;
    @Inject SeatLedger ledger;
    @Inject DayPlans dayPlans;
    @Inject UnitRulesConfiguration unitRules;
    @Inject OfferedServiceRepository services;
    @Inject DepartmentRulesRegistry departments;
    @Inject Clock clock;
    @Inject Event<AppointmentEvent> events;
    @Inject AppointmentEvents appointmentEvents;
    @Inject Instance<DisruptedWork> disruptedWork;
    @Inject TicketRepository tickets;
    @Inject Units units;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScopeCounts count(DisruptionScope scope, Set<AppointmentStatus> statuses) {
        if (isEmpty(scope)) {
            return new ScopeCounts(0, 0, 0, 0, otherWork(scope));
        }
        // counted by the database: a preview of 20,000 appointments must not load 20,000 entities
        Object[] counts =
                em.createQuery(
                                "select count(a), sum(case when a.email is null then 1 else 0 end) from Appointment a where a.unitId in :units"
                                        + " and a.locationId in :locations and a.startsAt < :to and a.endsAt > :from and a.status in :statuses",
                                Object[].class)
                        .setParameter("units", scope.units())
                        .setParameter("locations", scope.locations())
                        .setParameter("from", scope.from())
                        .setParameter("to", scope.to())
                        .setParameter("statuses", statuses)
                        .getSingleResult();
        long waiting =
                em.createQuery(
                                "select count(t) from Ticket t where t.unitId in :units and t.locationId in :locations and t.day between :from and :to"
                                        + " and t.status = org.amtsplan.scheduling.api.TicketStatus.WAITING",
                                Long.class)
                        .setParameter("units", scope.units())
                        .setParameter("locations", scope.locations())
                        .setParameter("from", scope.from().toLocalDate())
                        .setParameter("to", scope.to().toLocalDate())
                        .getSingleResult();
        return new ScopeCounts(
                ((Number) counts[0]).longValue(),
                counts[1] == null ? 0 : ((Number) counts[1]).longValue(),
                waiting,
                openCaseRecords(scope).size(),
                otherWork(scope));
    }

    private long otherWork(DisruptionScope scope) {
        return disruptedWork.stream().mapToLong(work -> work.affected(scope)).sum();
    }

    @Override
    public List<String> cancelByOffice(
            String disruptionId,
            DisruptionScope scope,
            Set<AppointmentStatus> statuses,
            Message note) {
        Instant now = clock.instant();
        Map<List<Object>, List<LocalDateTime>> seatsBack = new HashMap<>();
        List<Appointment> changed = new ArrayList<>();
        List<AppointmentHistoryEntry> history = new ArrayList<>();
        // rows locked as read; the state changes in a few set-based statements below, so each
        // object
        // leaves the persistence context first and only carries the new state to the notices
        for (Appointment appointment : inScope(scope, statuses, LockModeType.PESSIMISTIC_WRITE)) {
            AppointmentStatus before = appointment.status();
            em.detach(appointment);
            if (appointment.cancelByOffice(disruptionId)) {
                seatsBack
                        .computeIfAbsent(
                                List.of(
                                        appointment.unitId(),
                                        appointment.locationId(),
                                        appointment.pool()),
                                k -> new ArrayList<>())
                        .addAll(appointment.seatSlots());
                history.add(
                        new AppointmentHistoryEntry(
                                appointment.id(), now, before, appointment.status(), OFFICE, note));
                changed.add(appointment);
            }
        }
        int marked =
                appointments.markCancelledByOffice(
                        changed.stream().map(Appointment::id).toList(), disruptionId);
        if (marked != changed.size()) {
            throw new IllegalStateException(
                    "locked appointments changed underneath: " + marked + " of " + changed.size());
        }
        appointments.recordAll(history);
        seatsBack.forEach(
                (place, slots) ->
                        ledger.giveBack(
                                (String) place.get(0),
                                (String) place.get(1),
                                (SeatPool) place.get(2),
                                slots));
        openCaseRecords(scope).forEach(c -> c.interruptBy(disruptionId, now));
        disruptedWork.forEach(work -> work.disrupted(disruptionId, scope));
        appointments.flush();
        for (Appointment appointment : changed) {
            events.fire(appointmentEvents.cancelled(appointment, OFFICE));
        }
        return changed.stream().map(Appointment::code).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WaitingTicket> waitingTickets(DisruptionScope scope, LocalDate from, LocalDate to) {
        if (isEmpty(scope)) {
            return List.of();
        }
        return em
                .createQuery(
                        "select t from Ticket t where t.unitId in :units and t.locationId in :locations and t.day between :from and :to"
                                + " and t.status = org.amtsplan.scheduling.api.TicketStatus.WAITING order by t.arrivedAt, t.id",
                        Ticket.class)
                .setParameter("units", scope.units())
                .setParameter("locations", scope.locations())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(
                        t ->
                                new WaitingTicket(
                                        t.id(),
                                        t.unitId(),
                                        t.locationId(),
                                        t.number(),
                                        t.name(),
                                        t.kind(),
                                        t.appointmentCode()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LocalDate> openDays(String unit, String location, LocalDate from, LocalDate to) {
        UnitRules rules = unitRules.rules(unit);
        return dayPlans.plans(unit, location, from, to, rules).values().stream()
                .filter(plan -> !plan.slots().isEmpty())
                .map(DayPlan::date)
                .sorted()
                .toList();
    }

    @Override
    public List<String> sendAway(
            List<TicketReferral> referrals, List<Long> ended, AppointmentStatus endedBecause) {
        Instant now = clock.instant();
        List<String> numbers = new ArrayList<>();
        for (TicketReferral referral : referrals) {
            Ticket ticket = em.find(Ticket.class, referral.ticketId());
            String prefix = units.require(ticket.unitId()).ticketPrefix();
            String number =
                    String.format(
                            "%s%03d",
                            prefix,
                            tickets.nextNumber(
                                    ticket.unitId(), ticket.locationId(), referral.day()));
            ticket.referredAway(now);
            tickets.add(ticket.referralOn(referral.day(), number, now));
            numbers.add(number);
        }
        for (Long id : ended) {
            em.find(Ticket.class, id).endedByDisruption(endedBecause.name(), now);
        }
        return numbers;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AffectedAppointment> ofDisruption(String disruptionId) {
        return AppointmentFetch.withServices(
                        em.createQuery(
                                "select a from Appointment a where a.disruptionId = :d order by a.startsAt, a.code",
                                Appointment.class))
                .setParameter("d", disruptionId)
                .getResultList()
                .stream()
                .map(new Affected()::of)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AffectedAppointment> find(String code, String token) {
        return appointments
                .byCode(code)
                .filter(a -> BookingCodes.isWellFormed(code) && a.tokenMatches(token))
                .map(new Affected()::of);
    }

    @Override
    public List<String> restore(String disruptionId, List<String> codes, Message note) {
        Instant at = clock.instant();
        SeatPool replacementPool = SeatPool.replacementFor(disruptionId);
        List<Appointment> restored = new ArrayList<>();
        for (Appointment appointment : appointments.byCodes(codes)) {
            if (!disruptionId.equals(appointment.disruptionId())
                    || appointment.status() != AppointmentStatus.CANCELLED_BY_OFFICE
                    || !retakeOriginalSeats(appointment)) {
                continue;
            }
            if (appointment.replacementStart() != null) {
                ledger.giveBack(
                        appointment.unitId(),
                        appointment.locationId(),
                        replacementPool,
                        slotsFrom(appointment.replacementStart(), appointment));
            }
            appointment.restoreAfterDisruption();
            appointments.record(
                    new AppointmentHistoryEntry(
                            appointment.id(),
                            at,
                            AppointmentStatus.CANCELLED_BY_OFFICE,
                            AppointmentStatus.BOOKED,
                            OFFICE,
                            note));
            restored.add(appointment);
        }
        appointments.flush();
        for (Appointment appointment : restored) {
            events.fire(appointmentEvents.restored(appointment, disruptionId));
        }
        return restored.stream().map(Appointment::code).toList();
    }

    @Override
    public String addUnserved(String disruptionId, UnservedPerson person, Message note) {
        Instant now = clock.instant();
        int minutes =
                services.find(person.service())
                        .map(OfferedService::view)
                        .map(Service::durationMinutes)
                        .orElseThrow();
        String code = BookingCodes.newCode();
        while (appointments.codeTaken(code)) {
            code = BookingCodes.newCode();
        }
        Appointment appointment =
                Appointment.unservedInDisruption(
                        code,
                        BookingCodes.newToken(),
                        person.unit(),
                        person.location(),
                        person.service(),
                        person.at().withSecond(0).withNano(0),
                        minutes,
                        person.name(),
                        person.email(),
                        person.phone(),
                        person.language(),
                        person.staff(),
                        disruptionId,
                        now);
        appointments.add(appointment);
        appointments.flush();
        appointments.record(
                new AppointmentHistoryEntry(
                        appointment.id(),
                        now,
                        null,
                        AppointmentStatus.CANCELLED_BY_OFFICE,
                        person.staff(),
                        note));
        return code;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AffectedAppointment> byCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return appointments.byCodes(List.copyOf(codes)).stream().map(new Affected()::of).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InterruptedCase> interruptedCases(String disruptionId) {
        List<Object[]> rows =
                em.createQuery(
                                "select c, t from CaseRecord c, Ticket t where t.id = c.ticketId and c.interruptedBy = :d"
                                        + " order by c.interruptedAt, t.number",
                                Object[].class)
                        .setParameter("d", disruptionId)
                        .getResultList();
        return rows.stream()
                .map(
                        row -> {
                            CaseRecord c = (CaseRecord) row[0];
                            Ticket t = (Ticket) row[1];
                            return new InterruptedCase(
                                    t.id(),
                                    t.number(),
                                    t.unitId(),
                                    t.locationId(),
                                    t.serviceCode(),
                                    t.name(),
                                    c.clerk(),
                                    c.counterId(),
                                    CityTime.offset(c.interruptedAt()),
                                    c.status(),
                                    c.notes(),
                                    c.documents());
                        })
                .toList();
    }

    private boolean retakeOriginalSeats(Appointment appointment) {
        UnitRules rules = unitRules.rules(appointment.unitId());
        LocalDate day = appointment.startsAt().toLocalDate();
        DayPlan plan =
                dayPlans.plans(appointment.unitId(), appointment.locationId(), day, day, rules)
                        .get(day);
        if (plan == null) {
            return false;
        }
        List<SeatLedger.Claim> claims =
                appointment.seatSlots().stream()
                        .map(
                                slot ->
                                        new SeatLedger.Claim(
                                                slot,
                                                plan.capacity(
                                                        slot.toLocalTime(), appointment.pool())))
                        .toList();
        return ledger.take(
                appointment.unitId(), appointment.locationId(), appointment.pool(), claims);
    }

    /**
     * The slots a replacement starting at {@code start} holds: as many as the original appointment.
     */
    private static List<LocalDateTime> slotsFrom(LocalDateTime start, Appointment appointment) {
        List<LocalDateTime> original = appointment.seatSlots();
        long shift = java.time.Duration.between(original.get(0), start).toMinutes();
        return original.stream().map(slot -> slot.plusMinutes(shift)).toList();
    }

    private List<Appointment> inScope(
            DisruptionScope scope, Set<AppointmentStatus> statuses, LockModeType lock) {
        if (isEmpty(scope)) {
            return List.of();
        }
        return AppointmentFetch.withServices(
                        em.createQuery(
                                "select a from Appointment a where a.unitId in :units and a.locationId in :locations and a.startsAt < :to"
                                        + " and a.endsAt > :from and a.status in :statuses order by a.startsAt, a.code",
                                Appointment.class))
                .setParameter("units", scope.units())
                .setParameter("locations", scope.locations())
                .setParameter("from", scope.from())
                .setParameter("to", scope.to())
                .setParameter("statuses", statuses)
                .setLockMode(lock)
                .getResultList();
    }

    private List<CaseRecord> openCaseRecords(DisruptionScope scope) {
        if (isEmpty(scope)) {
            return List.of();
        }
        return em.createQuery(
                        "select c from CaseRecord c, Ticket t where t.id = c.ticketId and t.unitId in :units and t.locationId in :locations"
                                + " and t.day between :from and :to and c.status = :open",
                        CaseRecord.class)
                .setParameter("units", scope.units())
                .setParameter("locations", scope.locations())
                .setParameter("from", scope.from().toLocalDate())
                .setParameter("to", scope.to().toLocalDate())
                .setParameter("open", CaseRecord.OPEN)
                .getResultList();
    }

    private static boolean isEmpty(DisruptionScope scope) {
        return scope.units().isEmpty() || scope.locations().isEmpty();
    }

    /**
     * Appointments as the disruption module sees them; a service's length is looked up once per
     * answer, not once per appointment (outside a transaction each lookup would be a query).
     */
    private final class Affected {

        private final Map<String, Integer> minutesOfService = new HashMap<>();
        private final LocalDate today = CityTime.now(clock).toLocalDate();

        AffectedAppointment of(Appointment a) {
            boolean urgent =
                    a.deadline() != null
                            && departments
                                    .forUnit(a.unitId())
                                    .isUrgent(
                                            a.unitId(),
                                            unitRules.rules(a.unitId()),
                                            a.deadline(),
                                            today);
            return new AffectedAppointment(
                    a.code(),
                    a.unitId(),
                    a.locationId(),
                    a.startsAt(),
                    a.endsAt(),
                    a.name(),
                    a.phone(),
                    a.email(),
                    a.status(),
                    a.deadline(),
                    urgent,
                    a.replacementStart(),
                    a.replacedByCode(),
                    a.disruptionId(),
                    a.services().stream().mapToInt(this::minutes).sum(),
                    a.replacementDeclined(),
                    a.replacementWithdrawn());
        }

        private int minutes(String service) {
            return minutesOfService.computeIfAbsent(
                    service,
                    code ->
                            services.find(code)
                                    .map(OfferedService::view)
                                    .map(Service::durationMinutes)
                                    .orElse(0));
        }
    }
}
