package org.amtsplan.disruption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.amtsplan.disruption.internal.callback.CallbackService;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.notification.DeliveryReports;
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
 * Declaring a disruption and getting the affected people a replacement: preview (changes nothing),
 * declare (one transaction, idempotent), progress, contacts and rebooking into reserved capacity.
 * The access filter has already let the caller in; a disruption spanning several units shows each
 * head, and lets them rebook, only the part of the units they are authorised for.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class DisruptionService {

    private static final String ID_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Declaration(
            List<String> locations, List<String> units, String from, String to, String reason) {}

    public record Preview(
            long appointments,
            long withoutEmail,
            long waitingTickets,
            long openCases,
            long dealerItems) {}

    public record Declared(
            String id,
            String status,
            int appointments,
            long withoutEmail,
            long waitingTickets,
            long openCases,
            long dealerItems,
            String reason,
            List<Referral> referrals,
            int callbacks) {}

    /** A walk-in who was waiting when the disruption came: the day and number to come back with. */
    public record Referral(
            String unit,
            String location,
            String waitingNumber,
            String name,
            java.time.LocalDate date,
            String number) {}

    public record Progress(
            String id,
            String status,
            long appointments,
            long notified,
            long proposed,
            long accepted,
            long declined,
            long withdrawn,
            long open,
            long callbacks,
            List<UnitProgress> units) {}

    /**
     * The same counts for one unit, so each head sees how far their department is; {@code
     * withdrawn}: replacements the office withdrew (callbacks staff settled otherwise), neither
     * declined nor open.
     */
    public record UnitProgress(
            String unit,
            long appointments,
            long notified,
            long proposed,
            long accepted,
            long declined,
            long withdrawn,
            long open) {}

    /**
     * Someone to reach; {@code kind} CALLBACK for a person recorded at the counter to be called
     * back (no appointment of theirs was cancelled), APPOINTMENT otherwise.
     */
    public record Contact(
            String kind,
            String code,
            String name,
            String phone,
            String email,
            String unit,
            String location,
            OffsetDateTime originalStart,
            OffsetDateTime replacementStart) {}

    public record RebookResult(int proposed, int unplaced) {}

    /**
     * A case the disruption interrupted, as it stands now: {@code status} INTERRUPTED (still to be
     * resumed), OPEN (resumed) or CLOSED; {@code recordedOffline} what offline counters sent for it
     * after the interruption, or null.
     */
    public record InterruptedCase(
            long ticketId,
            String ticket,
            String unit,
            String location,
            String service,
            String serviceName,
            String name,
            String clerk,
            String counter,
            OffsetDateTime interruptedAt,
            String status,
            String notes,
            List<String> documents,
            RecordedOffline recordedOffline) {}

    /**
     * Actions of offline counters applied to the case's ticket after the interruption: how many,
     * the latest one's time on the device and on arrival, and the devices' names.
     */
    public record RecordedOffline(
            int actions, OffsetDateTime lastAt, OffsetDateTime receivedAt, List<String> devices) {}

    /**
     * One disruption in the heads' list: its window and reason, the caller's units of it, and the
     * progress of those units; {@code liftable} when the caller is entitled to every unit of it, as
     * lifting requires.
     */
    public record Summary(
            String id,
            String status,
            String reason,
            OffsetDateTime from,
            OffsetDateTime to,
            List<String> units,
            List<String> locations,
            OffsetDateTime declaredAt,
            boolean liftable,
            long appointments,
            long notified,
            long proposed,
            long accepted,
            long declined,
            long withdrawn,
            long open) {}

    /** How many disruptions the list shows, newest first: a year's worth in a large city. */
    static final int LIST_LIMIT = 100;

    public record Lifted(String id, String status, int restored, int leftCancelled) {}

    static final int REBOOK_ROUND = 250;

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject OfficeCancellations office;
    @Inject ReplacementSeats seats;
    @Inject RebookingRounds rounds;
    @Inject Units units;
    @Inject Locations locations;
    @Inject CurrentStaff currentStaff;
    @Inject Clock clock;
    @Inject ZoneId zone;
    @Inject jakarta.enterprise.inject.Instance<DeliveryReports> deliveryReports;
    @Inject CallbackService callbacks;
    @Inject ServiceCatalogue services;
    @Inject OfflineRecords offlineActions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(Declaration declaration) {
        OfficeCancellations.ScopeCounts affected =
                office.count(scope(declaration), WhoIsAffected.STILL_TO_TAKE_PLACE);
        return new Preview(
                affected.appointments(),
                affected.withoutEmail(),
                affected.waitingTickets(),
                affected.openCases(),
                affected.otherWork());
    }

    /**
     * Declares the disruption; the same declaration again returns the first and changes nothing.
     */
    public Declared declare(Declaration declaration) {
        DisruptionScope scope = scope(declaration);
        String reason = declaration.reason().strip();
        Optional<Disruption> existing = byScope(scope);
        if (existing.isPresent()) {
            return declared(existing.get(), scope);
        }
        OfficeCancellations.ScopeCounts before =
                office.count(scope, WhoIsAffected.STILL_TO_TAKE_PLACE);
        Disruption disruption =
                new Disruption(newId(), scope, reason, staff().username(), clock.instant());
        em.persist(disruption);
        em.flush();
        List<String> cancelled =
                office.cancelByOffice(
                        disruption.id(),
                        scope,
                        WhoIsAffected.STILL_TO_TAKE_PLACE,
                        Message.of("disruption.history.cancelled", disruption.id()));
        disruption.cancelled(cancelled.size());
        List<Referral> referrals = emptyWaitingRooms(scope, Set.copyOf(cancelled));
        // people recorded for a callback inside the window are affected too
        int callbacksInside = callbacks.attachAll(disruption.id(), scope);
        return new Declared(
                disruption.id(),
                disruption.status(),
                disruption.cancelledCount(),
                before.withoutEmail(),
                before.waitingTickets(),
                before.openCases(),
                before.otherWork(),
                reason,
                referrals,
                callbacksInside);
    }

    /**
     * Walk-ins waiting in the window get a referral; those checked in for a cancelled appointment
     * stop waiting.
     */
    private List<Referral> emptyWaitingRooms(DisruptionScope scope, Set<String> cancelled) {
        LocalDate lastDay = WhoIsAffected.lastDay(scope);
        List<OfficeCancellations.WaitingTicket> waiting =
                office.waitingTickets(scope, WhoIsAffected.firstDay(scope), lastDay);
        if (waiting.isEmpty()) {
            return List.of();
        }
        WalkInReferrals.WaitingRoom decided =
                WalkInReferrals.decide(
                        waiting,
                        cancelled,
                        lastDay,
                        place ->
                                office.openDays(
                                        place.unit(),
                                        place.location(),
                                        lastDay.plusDays(1),
                                        lastDay.plusDays(WalkInReferrals.DAYS_TO_LOOK_AHEAD)));
        List<String> numbers =
                office.sendAway(
                        decided.referrals(),
                        decided.ended(),
                        AppointmentStatus.CANCELLED_BY_OFFICE);
        Map<Long, OfficeCancellations.WaitingTicket> byId =
                waiting.stream()
                        .collect(
                                Collectors.toMap(
                                        OfficeCancellations.WaitingTicket::id, ticket -> ticket));
        List<Referral> referrals = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            OfficeCancellations.TicketReferral referral = decided.referrals().get(i);
            OfficeCancellations.WaitingTicket ticket = byId.get(referral.ticketId());
            referrals.add(
                    new Referral(
                            ticket.unit(),
                            ticket.location(),
                            ticket.number(),
                            ticket.name(),
                            referral.day(),
                            numbers.get(i)));
        }
        return referrals;
    }

    /**
     * Lifts the disruption early (power is back): what has not been rebooked and is still ahead
     * takes place at its original time again. Lifting twice restores nothing more.
     */
    public Lifted lift(String id) {
        Disruption disruption = find(id);
        List<AffectedAppointment> affected = office.ofDisruption(id);
        // a callback's person had no appointment of their own to take place after all
        Set<String> ofCallbacks = callbacks.codesOf(id);
        List<String> toRestore =
                LiftPolicy.toRestore(
                        affected.stream().filter(a -> !ofCallbacks.contains(a.code())).toList(),
                        LocalDateTime.now(clock));
        int restored =
                toRestore.isEmpty()
                        ? 0
                        : office.restore(id, toRestore, Message.of("disruption.history.lifted", id))
                                .size();
        disruption.lifted();
        return new Lifted(
                id, disruption.status(), restored, LiftPolicy.leftCancelled(affected, restored));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(String id) {
        Disruption disruption = find(id);
        List<AffectedAppointment> all = visibleAffected(id);
        List<UnitProgress> units =
                all.stream()
                        .collect(
                                Collectors.groupingBy(
                                        AffectedAppointment::unit,
                                        TreeMap::new,
                                        Collectors.toList()))
                        .entrySet()
                        .stream()
                        .map(e -> unitProgress(e.getKey(), e.getValue()))
                        .toList();
        UnitProgress total = unitProgress(null, all);
        Set<String> ofCallbacks = callbacks.codesOf(id);
        return new Progress(
                id,
                disruption.status(),
                total.appointments(),
                units.stream().mapToLong(UnitProgress::notified).sum(),
                total.proposed(),
                total.accepted(),
                total.declined(),
                total.withdrawn(),
                total.open(),
                all.stream().filter(a -> ofCallbacks.contains(a.code())).count(),
                units);
    }

    /**
     * The disruptions touching at least one unit the caller is authorised for (admins: all), newest
     * first, each with the progress of the caller's units only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> list() {
        List<Summary> summaries = new ArrayList<>();
        List<Disruption> newestFirst =
                em.createQuery(
                                "select d from Disruption d order by d.declaredAt desc, d.id",
                                Disruption.class)
                        .getResultList();
        for (Disruption disruption : newestFirst) {
            DisruptionScope scope = disruption.scope();
            List<String> mine =
                    scope.units().stream().filter(currentStaff::authorisedFor).sorted().toList();
            if (mine.isEmpty()) {
                continue;
            }
            Progress progress = progress(disruption.id());
            summaries.add(
                    new Summary(
                            disruption.id(),
                            disruption.status(),
                            disruption.reason(),
                            offset(scope.from()),
                            offset(scope.to()),
                            mine,
                            scope.locations().stream().sorted().toList(),
                            disruption.declaredAt().atZone(zone).toOffsetDateTime(),
                            mine.size() == scope.units().size(),
                            progress.appointments(),
                            progress.notified(),
                            progress.proposed(),
                            progress.accepted(),
                            progress.declined(),
                            progress.withdrawn(),
                            progress.open()));
            if (summaries.size() == LIST_LIMIT) {
                break;
            }
        }
        return summaries;
    }

    private UnitProgress unitProgress(String unit, List<AffectedAppointment> affected) {
        long proposed =
                affected.stream()
                        .filter(a -> a.replacementStart() != null || a.replacedBy() != null)
                        .count();
        long accepted =
                affected.stream().filter(a -> a.status() == AppointmentStatus.REBOOKED).count();
        // declined: cancelled for good at the citizen's wish, so no longer open
        long declined =
                affected.stream()
                        .filter(
                                a ->
                                        a.status() == AppointmentStatus.CANCELLED_BY_OFFICE
                                                && a.replacementDeclined())
                        .count();
        // withdrawn by the office: settled otherwise, so neither the citizen's decline nor open
        long withdrawn =
                affected.stream()
                        .filter(
                                a ->
                                        a.status() == AppointmentStatus.CANCELLED_BY_OFFICE
                                                && !a.replacementDeclined()
                                                && a.replacementWithdrawn())
                        .count();
        long notified = unit == null ? 0 : notified(affected);
        return new UnitProgress(
                unit,
                affected.size(),
                notified,
                proposed,
                accepted,
                declined,
                withdrawn,
                affected.size() - accepted - declined - withdrawn);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> contacts(String id) {
        find(id);
        Set<String> ofCallbacks = callbacks.codesOf(id);
        return visibleAffected(id).stream()
                .map(
                        a ->
                                new Contact(
                                        ofCallbacks.contains(a.code()) ? "CALLBACK" : "APPOINTMENT",
                                        a.code(),
                                        a.name(),
                                        a.phone(),
                                        a.email(),
                                        a.unit(),
                                        a.location(),
                                        offset(a.start()),
                                        offset(a.replacementStart())))
                .toList();
    }

    /**
     * The cases the disruption interrupted at the caller's units (admins: all), with what offline
     * counters recorded for them after the interruption.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InterruptedCase> cases(String id, String language) {
        find(id);
        List<OfficeCancellations.InterruptedCase> mine =
                office.interruptedCases(id).stream()
                        .filter(c -> currentStaff.authorisedFor(c.unit()))
                        .toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        java.time.Instant earliest =
                mine.stream()
                        .map(c -> c.interruptedAt().toInstant())
                        .min(java.util.Comparator.naturalOrder())
                        .orElseThrow();
        Map<Long, List<OfflineRecords.OnTicket>> offline =
                offlineActions
                        .appliedTo(
                                mine.stream()
                                        .map(OfficeCancellations.InterruptedCase::ticketId)
                                        .toList(),
                                earliest)
                        .stream()
                        .collect(Collectors.groupingBy(OfflineRecords.OnTicket::ticketId));
        Map<String, String> serviceNames = new java.util.HashMap<>();
        return mine.stream()
                .map(
                        c ->
                                new InterruptedCase(
                                        c.ticketId(),
                                        c.ticketNumber(),
                                        c.unit(),
                                        c.location(),
                                        c.service(),
                                        serviceNames.computeIfAbsent(
                                                c.service(),
                                                code ->
                                                        services.find(code)
                                                                .map(s -> s.name(language))
                                                                .orElse(code)),
                                        c.name(),
                                        c.clerk(),
                                        c.counter(),
                                        c.interruptedAt(),
                                        c.status(),
                                        c.notes(),
                                        c.documents(),
                                        recordedOffline(
                                                offline.getOrDefault(c.ticketId(), List.of()),
                                                c.interruptedAt())))
                .toList();
    }

    /** What arrived for one case since its interruption (the lookup began at the earliest). */
    private static RecordedOffline recordedOffline(
            List<OfflineRecords.OnTicket> actions, OffsetDateTime interruptedAt) {
        List<OfflineRecords.OnTicket> since =
                actions.stream().filter(a -> !a.receivedAt().isBefore(interruptedAt)).toList();
        if (since.isEmpty()) {
            return null;
        }
        OfflineRecords.OnTicket last = since.get(since.size() - 1);
        return new RecordedOffline(
                since.size(),
                last.at(),
                last.receivedAt(),
                since.stream().map(OfflineRecords.OnTicket::device).distinct().toList());
    }

    /**
     * Proposes a replacement to everyone still without one, in the {@link ReplacementOrder}, placed
     * by {@link ReplacementPlacement}: the affected are read once, then placed in rounds.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RebookResult rebook(String id, Set<Long> onlySessions) {
        Disruption disruption = find(id);
        if ("DECLARED".equals(disruption.status())) {
            // callbacks recorded at the very moment of declaring may have been missed by both
            callbacks.attachMissed(id, disruption.scope());
        }
        List<AffectedAppointment> waiting =
                ReplacementOrder.waitingForReplacement(visibleAffected(id));
        if (waiting.isEmpty()) {
            return new RebookResult(0, 0);
        }
        ReplacementPlacement.ChosenSessions sessions =
                onlySessions.isEmpty()
                        ? ReplacementPlacement.ChosenSessions.all()
                        : ReplacementPlacement.ChosenSessions.only(
                                id, onlySessions, seats.sessions(onlySessions));
        // rounds of a few hundred, each its own transaction: short locks, and a failure loses one
        // round, not all
        int proposed = 0;
        int unplaced = 0;
        for (int from = 0; from < waiting.size(); from += REBOOK_ROUND) {
            RebookResult round =
                    rounds.run(
                            id,
                            waiting.subList(from, Math.min(waiting.size(), from + REBOOK_ROUND)),
                            sessions);
            proposed += round.proposed();
            unplaced += round.unplaced();
        }
        return new RebookResult(proposed, unplaced);
    }

    /** The affected appointments of the units the caller is authorised for (admins: all). */
    private List<AffectedAppointment> visibleAffected(String id) {
        return office.ofDisruption(id).stream()
                .filter(a -> currentStaff.authorisedFor(a.unit()))
                .toList();
    }

    /**
     * The affected whose disruption notice reached their mail server (0 without a notification
     * module).
     */
    private long notified(List<AffectedAppointment> affected) {
        List<String> codes = affected.stream().map(AffectedAppointment::code).toList();
        long total = 0;
        for (DeliveryReports reports : deliveryReports) {
            total += reports.delivered("DISRUPTION_NOTICE", codes);
        }
        return total;
    }

    private Declared declared(Disruption disruption, DisruptionScope scope) {
        Set<String> ofCallbacks = callbacks.codesOf(disruption.id());
        List<AffectedAppointment> all =
                office.ofDisruption(disruption.id()).stream()
                        .filter(a -> !ofCallbacks.contains(a.code()))
                        .toList();
        OfficeCancellations.ScopeCounts now =
                office.count(scope, WhoIsAffected.STILL_TO_TAKE_PLACE);
        return new Declared(
                disruption.id(),
                disruption.status(),
                all.size(),
                all.stream().filter(a -> a.email() == null).count(),
                now.waitingTickets(),
                now.openCases(),
                now.otherWork(),
                disruption.reason(),
                List.of(),
                ofCallbacks.size());
    }

    private Optional<Disruption> byScope(DisruptionScope scope) {
        return em.createQuery(
                        "select d from Disruption d where d.scopeKey = :key", Disruption.class)
                .setParameter("key", Disruption.scopeKey(scope))
                .getResultStream()
                .findFirst();
    }

    private Disruption find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Disruption.class, id))
                .orElseThrow(() -> ProblemException.notFound("disruption.notFound"));
    }

    /**
     * Checks the declaration (the access filter checked the caller is head of every named unit).
     */
    private DisruptionScope scope(Declaration d) {
        if (d == null) {
            throw ProblemException.invalid("body", "platform.validation.bodyRequired");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> unitIds = new LinkedHashSet<>(d.units() == null ? List.of() : d.units());
        Set<String> locationIds =
                new LinkedHashSet<>(d.locations() == null ? List.of() : d.locations());
        if (unitIds.isEmpty()) {
            errors.add(new FieldError("units", "disruption.units.atLeastOne"));
        }
        for (String unit : unitIds) {
            if (units.find(unit).isEmpty()) {
                errors.add(new FieldError("units", "disruption.units.unknown", unit));
            }
        }
        if (locationIds.isEmpty()) {
            errors.add(new FieldError("locations", "disruption.locations.atLeastOne"));
        }
        for (String location : locationIds) {
            if (locations.find(location).isEmpty()) {
                errors.add(new FieldError("locations", "disruption.locations.unknown", location));
            }
        }
        LocalDateTime from = time(errors, "from", d.from());
        LocalDateTime to = time(errors, "to", d.to());
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("to", "disruption.range.toNotAfterFrom"));
        }
        if (d.reason() == null || d.reason().isBlank() || d.reason().length() > 500) {
            errors.add(new FieldError("reason", "platform.validation.size", 1, 500));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new DisruptionScope(unitIds, locationIds, from, to);
    }

    private StaffMember staff() {
        return currentStaff.get().orElseThrow();
    }

    private static LocalDateTime time(List<FieldError> errors, String field, String value) {
        if (value == null) {
            errors.add(new FieldError(field, "platform.validation.required"));
            return null;
        }
        try {
            return org.amtsplan.platform.CityDates.dateTime(field, value);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toOffsetDateTime();
    }

    private static String newId() {
        StringBuilder id = new StringBuilder("D-");
        for (int i = 0; i < 6; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
