package org.amtsplan.disruption.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.ReplacementSeats.Proposal;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedDay;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedSession;
import org.amtsplan.scheduling.api.UnitAtLocation;

/**
 * Which replacement seat each affected appointment gets: in the order given (see {@link
 * ReplacementOrder}), each takes the earliest start, not in the past, in the capacity reserved at
 * its own unit and location where its whole length fits into consecutive free slots; with sessions
 * chosen, only inside those. Whoever finds no such seat stays unplaced for a later round.
 */
final class ReplacementPlacement {

    /** The seats to hold, and how many appointments found none. */
    record Placed(List<Proposal> proposals, int unplaced) {}

    private ReplacementPlacement() {}

    static Placed place(
            List<AffectedAppointment> inOrder,
            List<ReservedDay> reserved,
            ChosenSessions sessions,
            LocalDateTime now) {
        Map<UnitAtLocation, List<ReservedCapacity>> byPlace = new HashMap<>();
        reserved.stream()
                .sorted(java.util.Comparator.comparing(ReservedDay::date))
                .forEach(
                        day ->
                                byPlace.computeIfAbsent(day.place(), k -> new ArrayList<>())
                                        .add(new ReservedCapacity(day)));
        List<Proposal> proposals = new ArrayList<>();
        int unplaced = 0;
        for (AffectedAppointment appointment : inOrder) {
            List<LocalDateTime> seats =
                    seatsFor(
                            appointment,
                            byPlace.getOrDefault(
                                    new UnitAtLocation(appointment.unit(), appointment.location()),
                                    List.of()),
                            sessions,
                            now);
            if (seats.isEmpty()) {
                unplaced++;
            } else {
                proposals.add(new Proposal(appointment.code(), seats));
            }
        }
        return new Placed(proposals, unplaced);
    }

    private static List<LocalDateTime> seatsFor(
            AffectedAppointment appointment,
            List<ReservedCapacity> days,
            ChosenSessions sessions,
            LocalDateTime now) {
        for (ReservedCapacity day : days) {
            for (LocalDateTime start : day.starts()) {
                if (start.isBefore(now)) {
                    continue;
                }
                List<LocalDateTime> run = day.run(start, appointment.durationMinutes());
                if (day.hasRoom(run)
                        && sessions.allow(
                                day.place(),
                                day.date(),
                                start,
                                start.plusMinutes(appointment.durationMinutes()))) {
                    day.take(run);
                    return run;
                }
            }
        }
        return List.of();
    }

    /**
     * The reserved sessions a head chose to fill in this rebooking; none chosen: all reserved
     * capacity.
     */
    static final class ChosenSessions {

        private final Map<String, List<ReservedSession>> byPlaceAndDay;

        private ChosenSessions(Map<String, List<ReservedSession>> byPlaceAndDay) {
            this.byPlaceAndDay = byPlaceAndDay;
        }

        static ChosenSessions all() {
            return new ChosenSessions(null);
        }

        /**
         * Only these sessions; each must exist and be reserved for this disruption.
         *
         * @param found the sessions the kernel knows among {@code requested}
         */
        static ChosenSessions only(
                String disruptionId, Set<Long> requested, List<ReservedSession> found) {
            if (requested.isEmpty()) {
                return all();
            }
            Map<Long, ReservedSession> byId = new HashMap<>();
            found.forEach(session -> byId.put(session.id(), session));
            Map<String, List<ReservedSession>> chosen = new HashMap<>();
            for (Long id : requested) {
                ReservedSession session = byId.get(id);
                if (session == null || !disruptionId.equals(session.reservedFor())) {
                    throw ProblemException.invalid(
                            "sessions", "disruption.session.notReserved", String.valueOf(id));
                }
                chosen.computeIfAbsent(
                                key(
                                        new UnitAtLocation(session.unit(), session.location()),
                                        session.day()),
                                k -> new ArrayList<>())
                        .add(session);
            }
            return new ChosenSessions(chosen);
        }

        boolean allow(UnitAtLocation place, LocalDate day, LocalDateTime start, LocalDateTime end) {
            return byPlaceAndDay == null
                    || byPlaceAndDay.getOrDefault(key(place, day), List.of()).stream()
                            .anyMatch(
                                    s ->
                                            !start.toLocalTime().isBefore(s.from())
                                                    && !end.toLocalTime().isAfter(s.to()));
        }

        private static String key(UnitAtLocation place, LocalDate day) {
            return place.unit() + "|" + place.location() + "|" + day;
        }
    }
}
