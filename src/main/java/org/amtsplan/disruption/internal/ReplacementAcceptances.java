package org.amtsplan.disruption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.amtsplan.platform.CityDates;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentView;
import org.amtsplan.scheduling.api.OfficeCancellations;
import org.amtsplan.scheduling.api.ReplacementSeats;
import org.amtsplan.scheduling.api.UnitAtLocation;

/**
 * The citizen accepts the proposed replacement, or another reserved start: {@link
 * ReplacementAcceptance} decides, the kernel books it in the same transaction.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class ReplacementAcceptances {

    @Inject OfficeCancellations office;
    @Inject ReplacementSeats seats;

    /**
     * @param start the start the citizen chose, if another than the proposal; one that is no
     *     date-time is refused (422 naming {@code start})
     */
    public AppointmentView accept(String code, String token, Optional<String> start) {
        AffectedAppointment old =
                office.find(code, token)
                        .orElseThrow(
                                () -> ProblemException.notFound("disruption.appointment.notFound"));
        ReplacementAcceptance.Accepted accepted =
                ReplacementAcceptance.decide(
                        old,
                        start.map(chosen -> CityDates.dateTime("start", chosen)),
                        day ->
                                seats.reservedDay(
                                        old.disruptionId(),
                                        new UnitAtLocation(old.unit(), old.location()),
                                        day));
        return seats.book(
                        old.code(), accepted.slots(), accepted.slotMinutes(), accepted.seatsHeld())
                .orElseThrow(
                        () ->
                                ProblemException.conflict(
                                        "slot-taken", "disruption.replacement.slotTaken"));
    }
}
