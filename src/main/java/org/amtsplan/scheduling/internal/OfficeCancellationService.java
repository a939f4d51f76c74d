package org.amtsplan.scheduling.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.amtsplan.platform.RetriedOnConflict;
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
import java.util.stream.Collectors;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.AppointmentView;
import org.amtsplan.scheduling.api.Appointments;
import org.amtsplan.scheduling.api.DisruptionScope;
import org.amtsplan.scheduling.api.OfficeCancellations;
import org.amtsplan.scheduling.api.OfficeCancellations.LiftResult;
import org.amtsplan.scheduling.api.ReplacementRound;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.internal.domain.Appointment;
import org.amtsplan.scheduling.internal.domain.AppointmentHistoryEntry;
import org.amtsplan.scheduling.internal.domain.AppointmentRepository;
import org.amtsplan.scheduling.internal.domain.BookingCodes;
import org.amtsplan.scheduling.internal.domain.CalendarRepository;
import org.amtsplan.scheduling.internal.domain.CapacitySpan;
import org.amtsplan.scheduling.internal.domain.CaseRecord;
import org.amtsplan.scheduling.internal.domain.DatedSession;
import org.amtsplan.scheduling.internal.domain.DayPlan;
import org.amtsplan.scheduling.internal.domain.OfferedService;
import org.amtsplan.scheduling.internal.domain.OfferedServiceRepository;
import org.amtsplan.scheduling.internal.domain.SeatLedger;
import org.amtsplan.scheduling.internal.domain.SlotFinder;
import org.amtsplan.scheduling.internal.domain.Ticket;
import org.amtsplan.scheduling.internal.domain.TicketRepository;
import org.amtsplan.scheduling.internal.persistence.AppointmentFetch;
import org.amtsplan.scheduling.spi.DisruptedWork;

/**
 * The kernel's side of a disruption: cancelling by office in one transaction, proposing
 * replacements in the capacity reserved for the disruption, and the citizen's acceptance.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
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
  @Inject AppointmentEvents appointmentEvents;
  @Inject Instance<DisruptedWork> disruptedWork;
  @Inject TicketRepository tickets;
  @Inject org.amtsplan.scheduling.api.Units units;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AffectedAppointment> affected(DisruptionScope scope) {
    return inScope(scope, List.of(AppointmentStatus.RESERVED, AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN),
        LockModeType.NONE).stream().map(this::affected).toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AffectedCount countAffected(DisruptionScope scope) {
    if (scope.units().isEmpty() || scope.locations().isEmpty()) {
      return new AffectedCount(0, 0);
    }
    // counted by the database: a preview of 20,000 appointments must not load 20,000 entities
    Object[] counts = em.createQuery(
            "select count(a), sum(case when a.email is null then 1 else 0 end) from Appointment a where a.unitId in :units"
                + " and a.locationId in :locations and a.startsAt < :to and a.endsAt > :from and a.status in :statuses", Object[].class)
        .setParameter("units", scope.units())
        .setParameter("locations", scope.locations())
        .setParameter("from", scope.from())
        .setParameter("to", scope.to())
        .setParameter("statuses", List.of(AppointmentStatus.RESERVED, AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN))
        .getSingleResult();
    return new AffectedCount(((Number) counts[0]).longValue(), counts[1] == null ? 0 : ((Number) counts[1]).longValue());
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
  public List<WalkInReferral> referWaitingWalkIns(String disruptionId, DisruptionScope scope) {
    if (scope.units().isEmpty() || scope.locations().isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    List<Ticket> waiting = em.createQuery(
            "select t from Ticket t where t.unitId in :units and t.locationId in :locations and t.day between :from and :to"
                + " and t.status = org.amtsplan.scheduling.api.TicketStatus.WAITING"
                + " and t.kind = org.amtsplan.scheduling.api.TicketKind.WALK_IN order by t.arrivedAt", Ticket.class)
        .setParameter("units", scope.units())
        .setParameter("locations", scope.locations())
        .setParameter("from", scope.from().toLocalDate())
        .setParameter("to", scope.to().minusNanos(1).toLocalDate())
        .getResultList();
    List<WalkInReferral> referrals = new ArrayList<>();
    Map<String, LocalDate> nextOpenDay = new HashMap<>();
    for (Ticket ticket : waiting) {
      LocalDate day = nextOpenDay.computeIfAbsent(ticket.unitId() + "|" + ticket.locationId(),
          place -> nextOpenDayAfter(ticket.unitId(), ticket.locationId(), scope.to().minusNanos(1).toLocalDate()));
      String prefix = units.require(ticket.unitId()).ticketPrefix();
      String number = String.format("%s%03d", prefix, tickets.nextNumber(ticket.unitId(), ticket.locationId(), day));
      ticket.referredAway(now);
      tickets.add(ticket.referralOn(day, number, now));
      referrals.add(new WalkInReferral(ticket.unitId(), ticket.locationId(), ticket.number(), ticket.name(), day, number));
    }
    // people checked in for an appointment the disruption cancelled wait no longer; they get a replacement proposal
    Set<String> cancelledHere = em.createQuery("select a.code from Appointment a where a.disruptionId = :d", String.class)
        .setParameter("d", disruptionId).getResultStream().collect(Collectors.toSet());
    em.createQuery(
            "select t from Ticket t where t.unitId in :units and t.locationId in :locations and t.day between :from and :to"
                + " and t.status = org.amtsplan.scheduling.api.TicketStatus.WAITING"
                + " and t.kind = org.amtsplan.scheduling.api.TicketKind.APPOINTMENT", Ticket.class)
        .setParameter("units", scope.units())
        .setParameter("locations", scope.locations())
        .setParameter("from", scope.from().toLocalDate())
        .setParameter("to", scope.to().minusNanos(1).toLocalDate())
        .getResultList().stream()
        .filter(t -> cancelledHere.contains(t.appointmentCode()))
        .forEach(t -> t.endedByDisruption(AppointmentStatus.CANCELLED_BY_OFFICE.name(), now));
    return referrals;
  }

  /** The first day after {@code last} on which the unit is open at the location (within four weeks; else the next day). */
  private LocalDate nextOpenDayAfter(String unitId, String locationId, LocalDate last) {
    UnitRules rules = unitRules.rules(unitId);
    Map<LocalDate, DayPlan> plans = dayPlans.plans(unitId, locationId, last.plusDays(1), last.plusDays(28), rules);
    return plans.values().stream().filter(plan -> !plan.slots().isEmpty()).map(DayPlan::date).findFirst()
        .orElse(last.plusDays(1));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long otherWork(DisruptionScope scope) {
    return disruptedWork.stream().mapToLong(work -> work.affected(scope)).sum();
  }

  @Override
  public int cancelByOffice(String disruptionId, DisruptionScope scope) {
    int cancelled = 0;
    Instant now = clock.instant();
    Map<List<Object>, List<LocalDateTime>> seatsBack = new HashMap<>();
    List<Appointment> changed = new ArrayList<>();
    List<AppointmentHistoryEntry> history = new ArrayList<>();
    // rows locked as read; the state changes in a few set-based statements below, so each object
    // leaves the persistence context first and only carries the new state to the notices
    List<Appointment> affected = inScope(scope, List.of(AppointmentStatus.RESERVED, AppointmentStatus.BOOKED,
        AppointmentStatus.CHECKED_IN), LockModeType.PESSIMISTIC_WRITE);
    for (Appointment appointment : affected) {
      AppointmentStatus before = appointment.status();
      em.detach(appointment);
      if (appointment.cancelByOffice(disruptionId)) {
        seatsBack.computeIfAbsent(List.of(appointment.unitId(), appointment.locationId(), appointment.pool()), k -> new ArrayList<>())
            .addAll(appointment.seatSlots());
        history.add(new AppointmentHistoryEntry(appointment.id(), now, before, appointment.status(), OFFICE,
            "Störung / disruption " + disruptionId));
        changed.add(appointment);
        cancelled++;
      }
    }
    int marked = appointments.markCancelledByOffice(changed.stream().map(Appointment::id).toList(), disruptionId);
    if (marked != changed.size()) {
      throw new IllegalStateException("locked appointments changed underneath: " + marked + " of " + changed.size());
    }
    appointments.recordAll(history);
    seatsBack.forEach((place, slots) -> ledger.giveBack((String) place.get(0), (String) place.get(1), (SeatPool) place.get(2), slots));
    openCaseRecords(scope).forEach(CaseRecord::interrupt);
    disruptedWork.forEach(work -> work.disrupted(disruptionId, scope));
    appointments.flush();
    for (Appointment appointment : changed) {
      events.fire(appointmentEvents.cancelled(appointment, OFFICE));
    }
    return cancelled;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AffectedAppointment> ofDisruption(String disruptionId) {
    return AppointmentFetch.withServices(em.createQuery(
            "select a from Appointment a where a.disruptionId = :d order by a.startsAt, a.code", Appointment.class))
        .setParameter("d", disruptionId)
        .getResultList()
        .stream().map(this::affected).toList();
  }

  @Override
  public ReplacementRound proposeReplacements(String disruptionId, List<String> codes, Set<Long> onlySessions) {
    SeatPool pool = SeatPool.replacementFor(disruptionId);
    LocalDateTime now = CityTime.now(clock);
    Map<String, List<ReservedDay>> reserved = new HashMap<>();
    Map<String, List<CapacitySpan>> chosenSessions = sessionsByDay(disruptionId, onlySessions);
    List<Appointment> placed = new ArrayList<>();
    int unplaced = 0;
    for (Appointment appointment : appointments.byCodes(codes)) {
      if (!disruptionId.equals(appointment.disruptionId()) || appointment.status() != AppointmentStatus.CANCELLED_BY_OFFICE
          || appointment.replacementStart() != null) {
        continue;
      }
      List<ReservedDay> days = reserved.computeIfAbsent(appointment.unitId() + "|" + appointment.locationId(),
          place -> reservedDays(disruptionId, appointment.unitId(), appointment.locationId(), now, pool));
      Optional<LocalDateTime> start = place(appointment, durationMinutes(appointment), days, pool, now, chosenSessions);
      if (start.isPresent()) {
        appointment.proposeReplacement(start.get());
        placed.add(appointment);
      } else {
        unplaced++;
      }
    }
    for (List<ReservedDay> days : reserved.values()) {
      for (ReservedDay day : days) {
        ledger.addTaken(day.unitId(), day.locationId(), pool, day.added().entrySet().stream()
            .map(e -> new SeatLedger.Seats(e.getKey(), e.getValue(), day.plan().capacity(e.getKey().toLocalTime(), pool))).toList());
      }
    }
    appointments.flush();
    for (Appointment appointment : placed) {
      events.fire(appointmentEvents.replacementProposed(appointment, disruptionId));
    }
    return new ReplacementRound(placed.size(), unplaced);
  }

  /**
   * One day with capacity reserved for the disruption: what is taken there (read under the round's
   * row locks, so nobody else changes it until the round commits) and what this round adds.
   */
  private record ReservedDay(String unitId, String locationId, DayPlan plan, Map<LocalDateTime, Integer> taken,
      Map<LocalDateTime, Integer> added) {}

  private List<ReservedDay> reservedDays(String disruptionId, String unitId, String locationId, LocalDateTime now, SeatPool pool) {
    UnitRules rules = unitRules.rules(unitId);
    List<ReservedDay> days = new ArrayList<>();
    for (LocalDate day : calendars.reservedDays(disruptionId, unitId, locationId, now.toLocalDate())) {
      DayPlan plan = dayPlans.plans(unitId, locationId, day, day, rules).get(day);
      if (plan != null) {
        // the day's rows of this pool are locked for this round from here on: seats are placed in
        // memory and written once per slot at the end of the round
        Map<LocalDateTime, Integer> taken = ledger.lockForRound(unitId, locationId, pool, plan.slots().stream()
            .filter(slot -> plan.capacity(slot, pool) > 0).map(slot -> day.atTime(slot)).toList());
        days.add(new ReservedDay(unitId, locationId, plan, new HashMap<>(taken), new HashMap<>()));
      }
    }
    return days;
  }

  /** The sessions a head chose for this round, by unit, location and day; empty map: all reserved capacity. */
  private Map<String, List<CapacitySpan>> sessionsByDay(String disruptionId, Set<Long> onlySessions) {
    Map<String, List<CapacitySpan>> chosen = new HashMap<>();
    for (Long id : onlySessions) {
      DatedSession session = calendars.session(id)
          .filter(s -> disruptionId.equals(s.span().reservedForDisruption()))
          .orElseThrow(() -> ProblemException.invalid("sessions",
              "Sitzung " + id + " ist nicht für diese Störung reserviert / session " + id + " is not reserved for this disruption"));
      chosen.computeIfAbsent(session.unitId() + "|" + session.locationId() + "|" + session.day(), k -> new ArrayList<>())
          .add(session.span());
    }
    return chosen;
  }

  private Optional<LocalDateTime> place(Appointment appointment, int minutes, List<ReservedDay> days, SeatPool pool,
      LocalDateTime now, Map<String, List<CapacitySpan>> chosenSessions) {
    for (ReservedDay day : days) {
      DayPlan plan = day.plan();
      if (minutes % plan.slotMinutes() != 0) {
        continue;
      }
      int slots = minutes / plan.slotMinutes();
      List<CapacitySpan> allowed = chosenSessions.isEmpty() ? null
          : chosenSessions.getOrDefault(appointment.unitId() + "|" + appointment.locationId() + "|" + plan.date(), List.of());
      for (SlotFinder.Opening opening : SlotFinder.openings(plan, pool, slots, day.taken(), now, plan.date().atTime(23, 59))) {
        if (allowed != null && allowed.stream().noneMatch(span -> within(span, opening))) {
          continue;
        }
        List<LocalDateTime> run = plan.run(opening.start().toLocalTime(), slots, pool);
        if (!run.isEmpty() && run.stream().allMatch(slot -> day.taken().getOrDefault(slot, 0) < plan.capacity(slot.toLocalTime(), pool))) {
          run.forEach(slot -> {
            day.taken().merge(slot, 1, Integer::sum);
            day.added().merge(slot, 1, Integer::sum);
          });
          return Optional.of(opening.start());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean within(CapacitySpan span, SlotFinder.Opening opening) {
    return !opening.start().toLocalTime().isBefore(span.from()) && !opening.end().toLocalTime().isAfter(span.to());
  }

  @Override
  public LiftResult restore(String disruptionId) {
    LocalDateTime now = CityTime.now(clock);
    Instant at = clock.instant();
    SeatPool replacementPool = SeatPool.replacementFor(disruptionId);
    List<Appointment> restored = new ArrayList<>();
    int left = 0;
    List<Appointment> cancelled = AppointmentFetch.withServices(em.createQuery(
            "select a from Appointment a where a.disruptionId = :d and a.status = :s order by a.startsAt, a.code", Appointment.class))
        .setParameter("d", disruptionId)
        .setParameter("s", AppointmentStatus.CANCELLED_BY_OFFICE)
        .getResultList();
    for (Appointment appointment : cancelled) {
      if (!appointment.startsAt().isAfter(now) || !retakeOriginalSeats(appointment)) {
        left++;
        continue;
      }
      if (appointment.replacementStart() != null) {
        ledger.giveBack(appointment.unitId(), appointment.locationId(), replacementPool,
            slotsFrom(appointment.replacementStart(), appointment));
      }
      appointment.restoreAfterDisruption();
      appointments.record(new AppointmentHistoryEntry(appointment.id(), at, AppointmentStatus.CANCELLED_BY_OFFICE,
          AppointmentStatus.BOOKED, OFFICE, "Störung aufgehoben / disruption lifted " + disruptionId));
      restored.add(appointment);
    }
    appointments.flush();
    for (Appointment appointment : restored) {
      events.fire(appointmentEvents.restored(appointment, disruptionId));
    }
    return new LiftResult(restored.size(), left);
  }

  private boolean retakeOriginalSeats(Appointment appointment) {
    UnitRules rules = unitRules.rules(appointment.unitId());
    LocalDate day = appointment.startsAt().toLocalDate();
    DayPlan plan = dayPlans.plans(appointment.unitId(), appointment.locationId(), day, day, rules).get(day);
    if (plan == null) {
      return false;
    }
    List<SeatLedger.Claim> claims = appointment.seatSlots().stream()
        .map(slot -> new SeatLedger.Claim(slot, plan.capacity(slot.toLocalTime(), appointment.pool()))).toList();
    return ledger.take(appointment.unitId(), appointment.locationId(), appointment.pool(), claims);
  }

  /** The slots a replacement starting at {@code start} holds: as many as the original appointment. */
  private static List<LocalDateTime> slotsFrom(LocalDateTime start, Appointment appointment) {
    List<LocalDateTime> original = appointment.seatSlots();
    long shift = java.time.Duration.between(original.get(0), start).toMinutes();
    return original.stream().map(slot -> slot.plusMinutes(shift)).toList();
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
    events.fire(appointmentEvents.booked(replacement));
    return booking.find(newCode, replacement.token());
  }

  private int durationMinutes(Appointment appointment) {
    return appointment.services().stream().map(services::find).flatMap(Optional::stream)
        .map(OfferedService::view).mapToInt(Service::durationMinutes).sum();
  }

  private List<Appointment> inScope(DisruptionScope scope, List<AppointmentStatus> statuses, LockModeType lock) {
    if (scope.units().isEmpty() || scope.locations().isEmpty()) {
      return List.of();
    }
    return AppointmentFetch.withServices(em.createQuery(
            "select a from Appointment a where a.unitId in :units and a.locationId in :locations and a.startsAt < :to"
                + " and a.endsAt > :from and a.status in :statuses order by a.startsAt, a.code", Appointment.class))
        .setParameter("units", scope.units())
        .setParameter("locations", scope.locations())
        .setParameter("from", scope.from())
        .setParameter("to", scope.to())
        .setParameter("statuses", statuses)
        .setLockMode(lock)
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
