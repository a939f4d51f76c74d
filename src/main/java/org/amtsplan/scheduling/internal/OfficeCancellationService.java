package org.amtsplan.scheduling.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.AppointmentView;
import org.amtsplan.scheduling.api.Appointments;
import org.amtsplan.scheduling.api.DisruptionScope;
import org.amtsplan.scheduling.api.OfficeCancellations;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.internal.domain.Appointment;
import org.amtsplan.scheduling.internal.domain.AppointmentHistoryEntry;
import org.amtsplan.scheduling.internal.domain.AppointmentRepository;
import org.amtsplan.scheduling.internal.domain.BookingCodes;
import org.amtsplan.scheduling.internal.domain.CalendarRepository;
import org.amtsplan.scheduling.internal.domain.CaseRecord;
import org.amtsplan.scheduling.internal.domain.DayPlan;
import org.amtsplan.scheduling.internal.domain.OfferedService;
import org.amtsplan.scheduling.internal.domain.OfferedServiceRepository;
import org.amtsplan.scheduling.internal.domain.SeatLedger;
import org.amtsplan.scheduling.internal.domain.SlotFinder;

/**
 * The kernel's side of a disruption: cancelling by office in one transaction, proposing
 * replacements in the capacity reserved for the disruption, and the citizen's acceptance.
 */
@ApplicationScoped
@Transactional
public class OfficeCancellationService implements OfficeCancellations {

  static final String OFFICE = "office";

  @PersistenceContext(unitName = "amtsplan")
  EntityManager em;

  @Inject AppointmentRepository appointments;
  @Inject SeatLedger ledger;
  @Inject CalendarRepository calendars;
  @Inject DayPlans dayPlans;
  @Inject UnitRulesConfiguration unitRules;
  @Inject OfferedServiceRepository services;
  @Inject Appointments booking;
  @Inject DepartmentRulesRegistry departments;
  @Inject Clock clock;
  @Inject Event<AppointmentEvent> events;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AffectedAppointment> affected(DisruptionScope scope) {
    return inScope(scope, List.of(AppointmentStatus.RESERVED, AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN))
        .stream().map(this::affected).toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long waitingTickets(DisruptionScope scope) {
    if (scope.units().isEmpty() || scope.locations().isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "select count(t) from Ticket t where t.unitId in :units and t.locationId in :locations and t.day between :from and :to"
                + " and t.status = org.amtsplan.scheduling.api.TicketStatus.WAITING", Long.class)
        .setParameter("units", scope.units())
        .setParameter("locations", scope.locations())
        .setParameter("from", scope.from().toLocalDate())
        .setParameter("to", scope.to().toLocalDate())
        .getSingleResult();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long openCases(DisruptionScope scope) {
    return openCaseRecords(scope).size();
  }

  @Override
  public int cancelByOffice(String disruptionId, DisruptionScope scope) {
    int cancelled = 0;
    Instant now = clock.instant();
    for (Appointment appointment : inScope(scope, List.of(AppointmentStatus.RESERVED, AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN))) {
      AppointmentStatus before = appointment.status();
      if (appointment.cancelByOffice(disruptionId)) {
        ledger.giveBack(appointment.unitId(), appointment.locationId(), appointment.pool(), appointment.seatSlots());
        appointments.record(new AppointmentHistoryEntry(appointment.id(), now, before, appointment.status(), OFFICE,
            "Störung / disruption " + disruptionId));
        events.fire(new AppointmentEvent.Cancelled(appointment.code(), appointment.unitId(), OFFICE));
        cancelled++;
      }
    }
    openCaseRecords(scope).forEach(CaseRecord::interrupt);
    appointments.flush();
    return cancelled;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AffectedAppointment> ofDisruption(String disruptionId) {
    return em.createQuery("select a from Appointment a where a.disruptionId = :d order by a.startsAt, a.code", Appointment.class)
        .setParameter("d", disruptionId)
        .getResultList()
        .stream().map(this::affected).toList();
  }

  @Override
  public Optional<LocalDateTime> proposeReplacement(String disruptionId, String code) {
    Appointment appointment = appointments.byCode(code).filter(a -> disruptionId.equals(a.disruptionId()))
        .orElseThrow(() -> ProblemException.notFound("Kein Termin dieser Störung. / No appointment of this disruption."));
    if (appointment.status() != AppointmentStatus.CANCELLED_BY_OFFICE || appointment.replacementStart() != null) {
      return Optional.ofNullable(appointment.replacementStart());
    }
    SeatPool pool = SeatPool.replacementFor(disruptionId);
    UnitRules rules = unitRules.rules(appointment.unitId());
    int minutes = durationMinutes(appointment);
    LocalDateTime now = CityTime.now(clock);
    for (LocalDate day : calendars.reservedDays(disruptionId, appointment.unitId(), appointment.locationId(), now.toLocalDate())) {
      DayPlan plan = dayPlans.plans(appointment.unitId(), appointment.locationId(), day, day, rules).get(day);
      if (plan == null || minutes % plan.slotMinutes() != 0) {
        continue;
      }
      int slots = minutes / plan.slotMinutes();
      Map<LocalDateTime, Integer> taken =
          ledger.taken(appointment.unitId(), appointment.locationId(), pool, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
      for (SlotFinder.Opening opening : SlotFinder.openings(plan, pool, slots, taken, now, day.atTime(23, 59))) {
        List<SeatLedger.Claim> claims = plan.run(opening.start().toLocalTime(), slots, pool).stream()
            .map(s -> new SeatLedger.Claim(s, plan.capacity(s.toLocalTime(), pool))).toList();
        if (ledger.take(appointment.unitId(), appointment.locationId(), pool, claims)) {
          appointment.proposeReplacement(opening.start());
          appointments.flush();
          events.fire(new AppointmentEvent.ReplacementProposed(appointment.code(), appointment.unitId(), disruptionId, opening.start()));
          return Optional.of(opening.start());
        }
        throw ProblemException.conflict("replacement-race", "Gleichzeitig vergeben; bitte erneut. / Taken at the same time; retry.");
      }
    }
    return Optional.empty();
  }

  @Override
  public AppointmentView acceptReplacement(String code, String token, Optional<String> start) {
    Appointment old = appointments.byCode(code).filter(a -> BookingCodes.isWellFormed(code) && a.tokenMatches(token))
        .orElseThrow(() -> ProblemException.notFound("Diesen Termin gibt es nicht. / There is no such appointment."));
    if (old.status() != AppointmentStatus.CANCELLED_BY_OFFICE || old.disruptionId() == null) {
      throw ProblemException.conflict("no-replacement", "Für diesen Termin gibt es keinen Ersatz anzunehmen. / There is no replacement to accept.");
    }
    SeatPool pool = SeatPool.replacementFor(old.disruptionId());
    int minutes = durationMinutes(old);
    LocalDateTime chosen = start.map(CityTime::parse).orElse(old.replacementStart());
    if (chosen == null) {
      throw ProblemException.invalid("start", "noch kein Vorschlag; bitte einen Zeitpunkt wählen / no proposal yet; choose a start");
    }
    UnitRules rules = unitRules.rules(old.unitId());
    DayPlan plan = dayPlans.plans(old.unitId(), old.locationId(), chosen.toLocalDate(), chosen.toLocalDate(), rules).get(chosen.toLocalDate());
    if (plan == null || minutes % plan.slotMinutes() != 0) {
      throw ProblemException.invalid("start", "kein reservierter Ersatztermin zu dieser Zeit / no reserved replacement at this time");
    }
    List<LocalDateTime> run = plan.run(chosen.toLocalTime(), minutes / plan.slotMinutes(), pool);
    if (run.isEmpty()) {
      throw ProblemException.invalid("start", "kein reservierter Ersatztermin zu dieser Zeit / no reserved replacement at this time");
    }
    boolean proposalKept = chosen.equals(old.replacementStart());
    if (!proposalKept) {
      List<SeatLedger.Claim> claims = run.stream().map(s -> new SeatLedger.Claim(s, plan.capacity(s.toLocalTime(), pool))).toList();
      if (!ledger.take(old.unitId(), old.locationId(), pool, claims)) {
        throw ProblemException.conflict("slot-taken", "Dieser Ersatztermin ist vergeben. / This replacement slot is taken.");
      }
      if (old.replacementStart() != null) {
        List<LocalDateTime> proposed = new java.util.ArrayList<>();
        for (int i = 0; i < minutes / plan.slotMinutes(); i++) {
          proposed.add(old.replacementStart().plusMinutes((long) i * plan.slotMinutes()));
        }
        ledger.giveBack(old.unitId(), old.locationId(), pool, proposed);
      }
    }
    Instant now = clock.instant();
    String newCode = BookingCodes.newCode();
    while (appointments.codeTaken(newCode)) {
      newCode = BookingCodes.newCode();
    }
    Appointment replacement = Appointment.replacementFor(old, newCode, BookingCodes.newToken(), chosen,
        chosen.plusMinutes(minutes), plan.slotMinutes(), pool, now);
    appointments.add(replacement);
    appointments.record(new AppointmentHistoryEntry(replacement.id(), now, null, AppointmentStatus.BOOKED, "citizen",
        "Ersatz für / replacement for " + old.code()));
    old.rebookedAs(newCode);
    appointments.flush();
    appointments.record(new AppointmentHistoryEntry(old.id(), now, AppointmentStatus.CANCELLED_BY_OFFICE, AppointmentStatus.REBOOKED,
        "citizen", "ersetzt durch / replaced by " + newCode));
    events.fire(new AppointmentEvent.Booked(newCode, replacement.unitId(), replacement.locationId(), chosen, AppointmentStatus.BOOKED));
    return booking.find(newCode, replacement.token());
  }

  private int durationMinutes(Appointment appointment) {
    return appointment.services().stream().map(services::find).flatMap(Optional::stream)
        .map(OfferedService::view).mapToInt(Service::durationMinutes).sum();
  }

  private List<Appointment> inScope(DisruptionScope scope, List<AppointmentStatus> statuses) {
    if (scope.units().isEmpty() || scope.locations().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Appointment a where a.unitId in :units and a.locationId in :locations and a.startsAt < :to"
                + " and a.endsAt > :from and a.status in :statuses order by a.startsAt, a.code", Appointment.class)
        .setParameter("units", scope.units())
        .setParameter("locations", scope.locations())
        .setParameter("from", scope.from())
        .setParameter("to", scope.to())
        .setParameter("statuses", statuses)
        .getResultList();
  }

  private List<CaseRecord> openCaseRecords(DisruptionScope scope) {
    if (scope.units().isEmpty() || scope.locations().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from CaseRecord c, Ticket t where t.id = c.ticketId and t.unitId in :units and t.locationId in :locations"
                + " and t.day between :from and :to and c.status = :open", CaseRecord.class)
        .setParameter("units", scope.units())
        .setParameter("locations", scope.locations())
        .setParameter("from", scope.from().toLocalDate())
        .setParameter("to", scope.to().toLocalDate())
        .setParameter("open", CaseRecord.OPEN)
        .getResultList();
  }

  private AffectedAppointment affected(Appointment a) {
    boolean urgent = a.deadline() != null
        && departments.forUnit(a.unitId()).isUrgent(a.unitId(), unitRules.rules(a.unitId()), a.deadline(), CityTime.now(clock).toLocalDate());
    return new AffectedAppointment(a.code(), a.unitId(), a.locationId(), a.startsAt(), a.endsAt(), a.name(), a.phone(),
        a.email(), a.status(), a.deadline(), urgent, a.replacementStart(), a.replacedByCode());
  }
}
