package org.amtsplan.disruption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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
 * The citizen's answer to a replacement: accept the proposal or another reserved start (the
 * options), or decline. {@link ReplacementAcceptance} decides, the kernel books or gives the seats
 * back in the same transaction.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class ReplacementAcceptances {

    @Inject OfficeCancellations office;
    @Inject ReplacementSeats seats;
    @Inject Clock clock;
    @Inject ZoneId zone;

    /** A start the citizen may choose; {@code proposed} for the one the rebooking proposed. */
    public record ReplacementOption(OffsetDateTime start, OffsetDateTime end, boolean proposed) {}

    /**
     * @param start the start the citizen chose, if another than the proposal; one that is no
     *     date-time is refused (422 naming {@code start})
     */
    public AppointmentView accept(String code, String token, Optional<String> start) {
        AffectedAppointment old = own(code, token);
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

    /**
     * The free starts in the disruption's reserved capacity at the appointment's unit and location,
     * the proposal among them: what the citizen may choose instead.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReplacementOption> options(String code, String token) {
        AffectedAppointment old = own(code, token);
        ReplacementAcceptance.requireOpen(old);
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        return ReplacementAcceptance.options(
                        old,
                        seats.reservedDays(
                                old.disruptionId(),
                                new UnitAtLocation(old.unit(), old.location()),
                                now.toLocalDate()),
                        now)
                .stream()
                .map(
                        o ->
                                new ReplacementOption(
                                        o.start().atZone(zone).toOffsetDateTime(),
                                        o.end().atZone(zone).toOffsetDateTime(),
                                        o.proposed()))
                .toList();
    }

    /**
     * The citizen wants no replacement: the proposal's seats return to the reserved capacity, the
     * appointment stays cancelled by the office. Declining again answers the same.
     */
    public AppointmentView decline(String code, String token) {
        AffectedAppointment old = own(code, token);
        if (!old.replacementDeclined()) {
            ReplacementAcceptance.requireOpen(old);
        }
        return seats.decline(old.code());
    }

    private AffectedAppointment own(String code, String token) {
        return office.find(code, token)
                .orElseThrow(() -> ProblemException.notFound("disruption.appointment.notFound"));
    }
}
