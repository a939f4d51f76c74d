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
        if (old.status() != AppointmentStatus.CANCELLED_BY_OFFICE || old.disruptionId() == null) {
            throw ProblemException.conflict("no-replacement", "disruption.replacement.none");
        }
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
}
