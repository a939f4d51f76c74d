package org.amtsplan.disruption.internal.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.platform.CityDates;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.DisruptionScope;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.OfficeCancellations;
import org.amtsplan.scheduling.api.ReplacementSeats;
import org.amtsplan.scheduling.api.ServiceCatalogue;
import org.amtsplan.scheduling.api.Units;

/**
 * Recording people to call back, listing them for staff of their unit, marking them done, and
 * making those inside a declared disruption its affected: each becomes a kernel appointment
 * cancelled by the office for that disruption ({@link OfficeCancellations#addUnserved}), so that
 * the rebooking, its mail, the citizen's acceptance and the contacts list treat them exactly like
 * the disrupted appointments. Whichever comes first, the callback or the declaration, the second
 * makes the connection; should both happen at the same moment, each in a transaction that cannot
 * see the other's, every rebooking round picks up what they missed ({@link #attachMissed}). A
 * callback is attached by a conditional write on its row, so two transactions never both attach it.
 */
@ApplicationScoped
@Transactional
public class CallbackService implements Callbacks {

    /** The longest period one list covers: a quarter. */
    static final int MAX_DAYS = 92;

    /** The list's default: the last week, where yesterday's callbacks are. */
    static final int DEFAULT_DAYS = 7;

    /** One replacement: the code to accept it with (or the booked one's) and its start. */
    public record Replacement(String code, OffsetDateTime start) {}

    /** A callback as staff see it. */
    public record CallbackView(
            long id,
            String unit,
            String location,
            String name,
            String phone,
            String email,
            String language,
            String service,
            String serviceName,
            String notes,
            OffsetDateTime recordedAt,
            String recordedBy,
            String device,
            String status,
            String disruption,
            Replacement replacement,
            OffsetDateTime doneAt) {}

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Units units;
    @Inject Locations locations;
    @Inject ServiceCatalogue services;
    @Inject OfficeCancellations office;
    @Inject ReplacementSeats seats;
    @Inject DisruptionsInForce disruptions;
    @Inject CurrentStaff currentStaff;
    @Inject Clock clock;
    @Inject ZoneId zone;

    /**
     * {@inheritDoc} Bad input changes nothing and does not spoil a transaction the caller has open
     * (the synchronisation judges each action on its own).
     */
    @Override
    @Transactional(dontRollbackOn = ProblemException.class)
    public long record(RecordCallback input) {
        List<FieldError> errors =
                CallbackInput.problems(
                        input,
                        unit -> units.find(unit).isPresent(),
                        location -> locations.find(location).isPresent(),
                        code ->
                                services.find(code)
                                        .map(s -> s.unit().equals(input.unit()))
                                        .orElse(false));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Callback callback = new Callback(input, CallbackInput.language(input), clock.instant());
        em.persist(callback);
        em.flush();
        disruptions
                .covering(callback.unit(), callback.location(), local(callback.recordedAt()))
                .ifPresent(disruption -> attach(callback.id(), disruption));
        return callback.id();
    }

    /**
     * A disruption has just been declared: every callback not yet done inside it becomes one of its
     * affected. Returns how many.
     */
    public int attachAll(String disruptionId, DisruptionScope scope) {
        if (scope.units().isEmpty() || scope.locations().isEmpty()) {
            return 0;
        }
        List<Long> inside =
                em.createQuery(
                                "select c.id from Callback c where c.disruptionId is null and c.doneAt is null"
                                        + " and c.unit in :units and c.location in :locations"
                                        + " and c.recordedAt >= :from and c.recordedAt < :to order by c.recordedAt, c.id",
                                Long.class)
                        .setParameter("units", scope.units())
                        .setParameter("locations", scope.locations())
                        .setParameter("from", scope.from().atZone(zone).toInstant())
                        .setParameter("to", scope.to().atZone(zone).toInstant())
                        .getResultList();
        int attached = 0;
        for (Long id : inside) {
            if (attach(id, disruptionId)) {
                attached++;
            }
        }
        return attached;
    }

    /**
     * Before each rebooking: the callbacks inside the declared disruption that neither their
     * recording nor the declaration attached (recorded at the very moment of declaring, each
     * transaction blind to the other) are attached now, so the worst case is picked up by the next
     * round; no lock across Galera nodes is needed. Two rounds at once attach each callback once:
     * the loser's conditional write changes nothing (one node) or loses certification and is
     * retried (cluster). Returns how many.
     */
    @RetriedOnConflict
    public int attachMissed(String disruptionId, DisruptionScope scope) {
        return attachAll(disruptionId, scope);
    }

    /** The codes of the appointments standing for this disruption's callbacks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> codesOf(String disruptionId) {
        return Set.copyOf(
                em.createQuery(
                                "select c.appointmentCode from Callback c where c.disruptionId = :d",
                                String.class)
                        .setParameter("d", disruptionId)
                        .getResultList());
    }

    /**
     * The callbacks recorded at a unit and location from {@code from} to {@code to} (city dates,
     * both included; the last week when left out), oldest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CallbackView> list(
            String unit, String location, String from, String to, String language) {
        units.require(unit);
        locations.require(location);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date(errors, "from", from, today.minusDays(DEFAULT_DAYS - 1));
        LocalDate last = date(errors, "to", to, today);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add(new FieldError("to", "disruption.range.toNotAfterFrom"));
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                errors.add(new FieldError("to", "disruption.callback.range", MAX_DAYS));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Callback> found =
                em.createQuery(
                                "select c from Callback c where c.unit = :unit and c.location = :location"
                                        + " and c.recordedAt >= :from and c.recordedAt < :to order by c.recordedAt, c.id",
                                Callback.class)
                        .setParameter("unit", unit)
                        .setParameter("location", location)
                        .setParameter("from", first.atStartOfDay(zone).toInstant())
                        .setParameter("to", last.plusDays(1).atStartOfDay(zone).toInstant())
                        .getResultList();
        return views(found, language);
    }

    /**
     * Staff called the person back (or settled it otherwise). A replacement not yet accepted is
     * withdrawn by the office (not declined: the person decided nothing), so that its seats go back
     * to the disruption's reserve for others and no later round proposes another; an accepted one
     * stays booked.
     */
    public CallbackView done(long id, String language) {
        Callback callback = find(id);
        String by = staff().username();
        callback.done(by, clock.instant());
        if (callback.appointmentCode() != null) {
            office.byCodes(List.of(callback.appointmentCode())).stream()
                    .filter(
                            a ->
                                    a.status() == AppointmentStatus.CANCELLED_BY_OFFICE
                                            && !a.replacementDeclined())
                    .forEach(
                            a ->
                                    seats.withdraw(
                                            a.code(),
                                            by,
                                            Message.of(
                                                    "disruption.history.callbackDone",
                                                    callback.disruptionId())));
        }
        em.flush();
        return views(List.of(callback), language).get(0);
    }

    Callback find(long id) {
        return Optional.ofNullable(em.find(Callback.class, id))
                .orElseThrow(() -> ProblemException.notFound("disruption.callback.notFound"));
    }

    /**
     * Claims the callback for the disruption by a conditional write (false when another transaction
     * attached it or it was done meanwhile), then adds its stand-in to the kernel.
     */
    private boolean attach(long id, String disruptionId) {
        int claimed =
                em.createQuery(
                                "update Callback c set c.disruptionId = :d, c.version = c.version + 1"
                                        + " where c.id = :id and c.disruptionId is null and c.doneAt is null")
                        .setParameter("d", disruptionId)
                        .setParameter("id", id)
                        .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Callback callback = em.find(Callback.class, id);
        em.refresh(callback);
        String code =
                office.addUnserved(
                        disruptionId,
                        new OfficeCancellations.UnservedPerson(
                                callback.unit(),
                                callback.location(),
                                callback.service(),
                                local(callback.recordedAt()),
                                callback.name(),
                                callback.phone(),
                                callback.email(),
                                callback.language(),
                                callback.recordedBy()),
                        Message.of("disruption.history.callback", disruptionId));
        callback.attach(disruptionId, code);
        return true;
    }

    /** Each callback with where its replacement stands, read from the kernel in two queries. */
    private List<CallbackView> views(List<Callback> callbacks, String language) {
        Map<String, AffectedAppointment> standIns =
                byCode(
                        callbacks.stream()
                                .map(Callback::appointmentCode)
                                .filter(Objects::nonNull)
                                .toList());
        Map<String, AffectedAppointment> booked =
                byCode(
                        standIns.values().stream()
                                .map(AffectedAppointment::replacedBy)
                                .filter(Objects::nonNull)
                                .toList());
        Map<String, String> serviceNames = new HashMap<>();
        return callbacks.stream()
                .map(
                        c -> {
                            AffectedAppointment standIn =
                                    c.appointmentCode() == null
                                            ? null
                                            : standIns.get(c.appointmentCode());
                            AffectedAppointment replacement =
                                    standIn == null || standIn.replacedBy() == null
                                            ? null
                                            : booked.get(standIn.replacedBy());
                            return new CallbackView(
                                    c.id(),
                                    c.unit(),
                                    c.location(),
                                    c.name(),
                                    c.phone(),
                                    c.email(),
                                    c.language(),
                                    c.service(),
                                    serviceNames.computeIfAbsent(
                                            c.service(),
                                            code ->
                                                    services.find(code)
                                                            .map(s -> s.name(language))
                                                            .orElse(code)),
                                    c.notes(),
                                    c.recordedAt().atZone(zone).toOffsetDateTime(),
                                    c.recordedBy(),
                                    c.device(),
                                    CallbackProgress.status(c.doneAt() != null, standIn).name(),
                                    c.disruptionId(),
                                    replacement(standIn, replacement),
                                    c.doneAt() == null
                                            ? null
                                            : c.doneAt().atZone(zone).toOffsetDateTime());
                        })
                .toList();
    }

    private Replacement replacement(AffectedAppointment standIn, AffectedAppointment booked) {
        if (booked != null) {
            return new Replacement(booked.code(), offset(booked.start()));
        }
        if (standIn != null
                && standIn.replacementStart() != null
                && standIn.status() == AppointmentStatus.CANCELLED_BY_OFFICE) {
            return new Replacement(standIn.code(), offset(standIn.replacementStart()));
        }
        return null;
    }

    private Map<String, AffectedAppointment> byCode(List<String> codes) {
        return office.byCodes(codes).stream()
                .collect(Collectors.toMap(AffectedAppointment::code, Function.identity()));
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local.atZone(zone).toOffsetDateTime();
    }

    private StaffMember staff() {
        return currentStaff.get().orElseThrow();
    }

    private static LocalDate date(
            List<FieldError> errors, String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return CityDates.date(field, value);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
