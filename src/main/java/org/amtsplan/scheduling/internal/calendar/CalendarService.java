package org.amtsplan.scheduling.internal.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AddClosure;
import org.amtsplan.scheduling.api.AddSession;
import org.amtsplan.scheduling.api.Calendars;
import org.amtsplan.scheduling.api.ClosureView;
import org.amtsplan.scheduling.api.Locations;
import org.amtsplan.scheduling.api.OpeningHours;
import org.amtsplan.scheduling.api.SessionKind;
import org.amtsplan.scheduling.api.SessionView;
import org.amtsplan.scheduling.api.SetOpeningHours;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.api.WeeklyHours;
import org.amtsplan.scheduling.internal.catalogue.ConfigurationChanged;
import org.amtsplan.scheduling.internal.catalogue.OfferedService;
import org.amtsplan.scheduling.internal.catalogue.OfferedServiceRepository;
import org.amtsplan.scheduling.internal.support.InputErrors;

@ApplicationScoped
@Transactional
@RetriedOnConflict
class CalendarService implements Calendars {

    /** Slot lengths that divide an hour, so every slot starts on a clock-face time. */
    static final Set<Integer> SLOT_LENGTHS = Set.of(5, 10, 15, 20, 30, 60);

    static final int MAX_COUNTERS = 100;

    @Inject Event<ConfigurationChanged> changed;
    @Inject Units units;
    @Inject Locations locations;
    @Inject CalendarRepository calendars;
    @Inject OfferedServiceRepository services;
    @Inject Clock clock;

    @Override
    public OpeningHours setOpeningHours(String unitId, String locationId, SetOpeningHours command) {
        changed.fire(new ConfigurationChanged(unitId));
        requireCalendarOwner(unitId, locationId);
        InputErrors errors = new InputErrors();
        if (command == null) {
            errors.add("body", "platform.validation.required");
            errors.throwIfAny();
        }
        Integer slot = command.slotMinutes();
        if (slot == null || !SLOT_LENGTHS.contains(slot)) {
            errors.add("slotMinutes", "platform.validation.oneOf", new TreeSet<>(SLOT_LENGTHS));
            slot = null;
        }
        List<WeeklyHours> weekly = command.weekly() == null ? List.of() : command.weekly();
        if (command.weekly() == null) {
            errors.add("weekly", "platform.validation.required");
        }
        List<OpeningPeriod> periods = new ArrayList<>();
        List<DayOfWeek> days = new ArrayList<>();
        List<CapacitySpan> spans = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < weekly.size(); i++) {
            WeeklyHours hours = weekly.get(i);
            String field = "weekly[" + i + "]";
            if (hours == null) {
                errors.add(field, "platform.validation.required");
                continue;
            }
            DayOfWeek day = dayOfWeek(errors, field + ".day", hours.day());
            LocalTime from = errors.required(field + ".from", hours.from());
            LocalTime to = errors.required(field + ".to", hours.to());
            Integer counters = errors.whole(field + ".counters", hours.counters(), 1, MAX_COUNTERS);
            if (from == null || to == null || day == null || counters == null) {
                continue;
            }
            if (!checkRange(errors, field, from, to, slot)) {
                continue;
            }
            CapacitySpan span = CapacitySpan.regular(from, to, counters);
            for (int j = 0; j < spans.size(); j++) {
                if (days.get(j) == day && spans.get(j).overlaps(span)) {
                    errors.add(
                            field,
                            "scheduling.openingHours.overlaps",
                            "weekly[" + positions.get(j) + "]");
                }
            }
            days.add(day);
            spans.add(span);
            positions.add(i);
            periods.add(new OpeningPeriod(unitId, locationId, day, from, to, counters));
        }
        if (slot != null) {
            for (OfferedService service : services.list(Optional.of(unitId))) {
                if (service.view().durationMinutes() % slot != 0) {
                    errors.add(
                            "slotMinutes",
                            "scheduling.openingHours.durationNotMultiple",
                            service.code(),
                            service.view().durationMinutes());
                }
            }
        }
        errors.throwIfAny();
        calendars.replaceWeeklyPattern(unitId, locationId, slot, periods);
        return openingHours(unitId, locationId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpeningHours openingHours(String unitId, String locationId) {
        requireCalendarOwner(unitId, locationId);
        int slot =
                calendars
                        .calendar(unitId, locationId)
                        .orElseThrow(
                                () -> ProblemException.notFound("scheduling.openingHours.none"))
                        .slotMinutes();
        List<WeeklyHours> weekly =
                calendars.weeklyPattern(unitId, locationId).stream()
                        .map(
                                p ->
                                        new WeeklyHours(
                                                p.day().name(),
                                                p.span().from(),
                                                p.span().to(),
                                                p.span().counters()))
                        .toList();
        return new OpeningHours(unitId, locationId, slot, weekly);
    }

    @Override
    public ClosureView addClosure(String unitId, String locationId, AddClosure command) {
        changed.fire(new ConfigurationChanged(unitId));
        requireCalendarOwner(unitId, locationId);
        // formats and lengths are the command's constraints, checked before this runs
        InputErrors errors = new InputErrors();
        LocalDate date = command.date();
        String reason = command.reason().strip();
        if (date.isBefore(LocalDate.now(clock))) {
            errors.add("date", "scheduling.dateInThePast");
        }
        errors.throwIfAny();
        Closure closure = new Closure(unitId, locationId, date, reason);
        if (!calendars.addClosure(closure)) {
            throw ProblemException.conflict("closure-exists", "scheduling.closure.exists");
        }
        return new ClosureView(closure.id(), unitId, locationId, date, reason);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClosureView> closures(
            String unitId, String locationId, LocalDate from, LocalDate to) {
        requireCalendarOwner(unitId, locationId);
        return calendars.closures(unitId, locationId, from, to).stream()
                .map(c -> new ClosureView(c.id(), unitId, locationId, c.day(), c.reason()))
                .toList();
    }

    @Override
    public SessionView addSession(String unitId, String locationId, AddSession command) {
        changed.fire(new ConfigurationChanged(unitId));
        requireCalendarOwner(unitId, locationId);
        // formats, ranges, lengths and stages per counter are the command's constraints, checked
        // before this runs
        InputErrors errors = new InputErrors();
        LocalDate date = command.date();
        LocalTime from = command.from();
        LocalTime to = command.to();
        Integer counters = command.counters();
        SessionKind kind = command.kind();
        if (kind == SessionKind.REGULAR) {
            errors.add("kind", "scheduling.session.kind");
        }
        // REPLACEMENT, EXTRA or AFTER_HOURS: any added session may be kept for one disruption's
        // affected people
        String reservedFor = command.reservedForDisruption();
        if (reservedFor != null && reservedFor.isBlank()) {
            reservedFor = null;
        }
        if (date.isBefore(LocalDate.now(clock))) {
            errors.add("date", "scheduling.dateInThePast");
        }
        Optional<StagedRelease> stagedRelease =
                stagedRelease(errors, command, counters, reservedFor);
        Optional<Integer> slot = calendars.calendar(unitId, locationId).map(c -> c.slotMinutes());
        if (slot.isEmpty()) {
            errors.add("from", "scheduling.session.openingHoursFirst");
        }
        if (from != null
                && to != null
                && slot.isPresent()
                && checkRange(errors, "", from, to, slot.get())
                && date != null
                && counters != null
                && kind != null) {
            CapacitySpan span = new CapacitySpan(from, to, counters, kind, reservedFor);
            for (DatedSession other : calendars.sessions(unitId, locationId, date, date)) {
                if (other.span().overlaps(span)) {
                    errors.add("from", "scheduling.session.overlaps", other.id());
                }
            }
            if (kind == SessionKind.AFTER_HOURS) {
                for (OpeningPeriod regular : calendars.weeklyPattern(unitId, locationId)) {
                    if (regular.day() == date.getDayOfWeek() && regular.span().overlaps(span)) {
                        errors.add("from", "scheduling.session.withinRegularHours");
                    }
                }
            }
        }
        errors.throwIfAny();
        DatedSession session =
                new DatedSession(unitId, locationId, date, from, to, counters, kind, reservedFor);
        stagedRelease.ifPresent(session::releasedInStages);
        return view(calendars.addSession(session), clock.instant());
    }

    private Optional<StagedRelease> stagedRelease(
            InputErrors errors, AddSession command, Integer counters, String reservedFor) {
        if (command.releaseStages() == null && command.releaseEveryMinutes() == null) {
            return Optional.empty();
        }
        Integer stages =
                errors.whole("releaseStages", command.releaseStages(), 2, StagedRelease.MAX_STAGES);
        Integer every =
                errors.whole(
                        "releaseEveryMinutes",
                        command.releaseEveryMinutes(),
                        StagedRelease.MIN_MINUTES,
                        StagedRelease.MAX_MINUTES);
        if (reservedFor != null) {
            errors.add("releaseStages", "scheduling.session.reservedNotStaged");
            return Optional.empty();
        }
        return stages == null || every == null
                ? Optional.empty()
                : Optional.of(new StagedRelease(stages, every, clock.instant()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> sessions(
            String unitId, String locationId, LocalDate from, LocalDate to) {
        requireCalendarOwner(unitId, locationId);
        Instant now = clock.instant();
        return calendars.sessions(unitId, locationId, from, to).stream()
                .map(s -> view(s, now))
                .toList();
    }

    static SessionView view(DatedSession session, Instant now) {
        CapacitySpan span = session.span();
        Optional<StagedRelease> release = session.stagedRelease();
        return new SessionView(
                session.id(),
                session.unitId(),
                session.locationId(),
                session.day(),
                span.from(),
                span.to(),
                span.counters(),
                span.kind(),
                span.reservedForDisruption(),
                release.map(StagedRelease::stages).orElse(null),
                release.map(StagedRelease::everyMinutes).orElse(null),
                session.span(now).counters(),
                release.map(StagedRelease::completeAt).orElse(null));
    }

    private void requireCalendarOwner(String unitId, String locationId) {
        units.require(unitId);
        locations.require(locationId);
    }

    /** from before to, both on the slot grid; false (with errors) otherwise. */
    private static boolean checkRange(
            InputErrors errors, String field, LocalTime from, LocalTime to, Integer slot) {
        String prefix = field.isEmpty() ? "" : field + ".";
        boolean ok = true;
        if (!from.isBefore(to)) {
            errors.add(prefix + "to", "scheduling.range.toNotAfterFrom");
            ok = false;
        }
        if (slot != null) {
            if ((from.toSecondOfDay() / 60) % slot != 0) {
                errors.add(prefix + "from", "scheduling.offGrid", slot);
                ok = false;
            }
            if ((to.toSecondOfDay() / 60) % slot != 0) {
                errors.add(prefix + "to", "scheduling.offGrid", slot);
                ok = false;
            }
        }
        return ok;
    }

    private static DayOfWeek dayOfWeek(InputErrors errors, String field, String value) {
        try {
            return DayOfWeek.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(field, "scheduling.weekday");
            return null;
        }
    }
}
