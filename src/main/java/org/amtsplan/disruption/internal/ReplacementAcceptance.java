package org.amtsplan.disruption.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedDay;

/**
 * A citizen accepting a replacement: only an appointment the disruption cancelled and not yet
 * rebooked has one; without a chosen start the proposal is accepted (its seats are already held),
 * otherwise the chosen start must be a run of reserved slots long enough for the appointment.
 */
final class ReplacementAcceptance {

    /**
     * The replacement to book: its slots, their length, and whether their seats are already held.
     */
    record Accepted(List<LocalDateTime> slots, int slotMinutes, boolean seatsHeld) {}

    private ReplacementAcceptance() {}

    /**
     * @param chosen the start the citizen chose, if any
     * @param reservedDay the disruption's reserved capacity on a day at the appointment's place
     */
    static Accepted decide(
            AffectedAppointment old,
            Optional<LocalDateTime> chosen,
            Function<LocalDate, Optional<ReservedDay>> reservedDay) {
        requireOpen(old);
        LocalDateTime start = chosen.orElse(old.replacementStart());
        if (start == null) {
            throw ProblemException.invalid("start", "disruption.replacement.noProposal");
        }
        Optional<ReservedCapacity> day =
                reservedDay.apply(start.toLocalDate()).map(ReservedCapacity::new);
        List<LocalDateTime> run =
                day.map(d -> d.run(start, old.durationMinutes())).orElse(List.of());
        if (run.isEmpty()) {
            throw ProblemException.invalid("start", "disruption.replacement.notReserved");
        }
        return new Accepted(run, day.get().slotMinutes(), start.equals(old.replacementStart()));
    }

    /**
     * Only an appointment the disruption cancelled, not rebooked, not declined and not withdrawn by
     * the office, has a replacement to accept, choose or decline (409 otherwise).
     */
    static void requireOpen(AffectedAppointment old) {
        if (old.status() != AppointmentStatus.CANCELLED_BY_OFFICE || old.disruptionId() == null) {
            throw ProblemException.conflict("no-replacement", "disruption.replacement.none");
        }
        if (old.replacementDeclined()) {
            throw ProblemException.conflict(
                    "replacement-declined", "disruption.replacement.declined");
        }
        if (old.replacementWithdrawn()) {
            throw ProblemException.conflict(
                    "replacement-withdrawn", "disruption.replacement.withdrawn");
        }
    }

    /** A start the citizen may choose instead of (or as) the proposal. */
    record Option(LocalDateTime start, LocalDateTime end, boolean proposed) {}

    /**
     * The starts in the disruption's reserved capacity with room for the whole appointment, after
     * {@code now}, in order; the proposal (whose seats this appointment already holds) among them.
     */
    static List<Option> options(
            AffectedAppointment old, List<ReservedDay> reservedDays, LocalDateTime now) {
        requireOpen(old);
        List<Option> options = new java.util.ArrayList<>();
        for (ReservedDay reserved : reservedDays) {
            ReservedCapacity day = new ReservedCapacity(reserved);
            for (LocalDateTime start : day.starts()) {
                List<LocalDateTime> run = day.run(start, old.durationMinutes());
                boolean proposed = start.equals(old.replacementStart());
                if (start.isAfter(now) && (proposed || day.hasRoom(run))) {
                    options.add(
                            new Option(start, start.plusMinutes(old.durationMinutes()), proposed));
                }
            }
        }
        options.sort(java.util.Comparator.comparing(Option::start));
        return List.copyOf(options);
    }
}
