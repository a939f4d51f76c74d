package org.amtsplan.disruption.internal;

import static org.amtsplan.disruption.internal.AffectedAppointments.DAY;
import static org.amtsplan.disruption.internal.AffectedAppointments.appointment;
import static org.amtsplan.disruption.internal.AffectedAppointments.cancelled;
import static org.amtsplan.disruption.internal.AffectedAppointments.reserved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.amtsplan.disruption.internal.ReplacementAcceptance.Accepted;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.ReplacementSeats.ReservedDay;
import org.junit.jupiter.api.Test;

class ReplacementAcceptanceTest {

    static final Function<LocalDate, Optional<ReservedDay>> RESERVED =
            day ->
                    day.equals(DAY)
                            ? Optional.of(reserved(DAY, "16:00", "17:00", 15, 1))
                            : Optional.empty();

    static final AffectedAppointment PROPOSED =
            appointment(
                    "PROPOSED",
                    "2030-03-03T09:00",
                    30,
                    AppointmentStatus.CANCELLED_BY_OFFICE,
                    false,
                    "2030-03-04T16:00");

    @Test
    void acceptingTheProposalUsesTheSeatsAlreadyHeld() {
        Accepted accepted = ReplacementAcceptance.decide(PROPOSED, Optional.empty(), RESERVED);

        assertTrue(accepted.seatsHeld());
        assertEquals(List.of(DAY.atTime(16, 0), DAY.atTime(16, 15)), accepted.slots());
        assertEquals(15, accepted.slotMinutes());
    }

    @Test
    void anotherReservedStartTakesNewSeatsForTheWholeLength() {
        Accepted accepted =
                ReplacementAcceptance.decide(PROPOSED, Optional.of(DAY.atTime(16, 30)), RESERVED);

        assertFalse(accepted.seatsHeld());
        assertEquals(List.of(DAY.atTime(16, 30), DAY.atTime(16, 45)), accepted.slots());
    }

    @Test
    void aStartOutsideTheReservedCapacityIsRefused() {
        assertEquals(
                422,
                refusal(PROPOSED, Optional.of(DAY.atTime(16, 45))).status(),
                "the second half would be after 17:00");
        assertEquals(
                422,
                refusal(PROPOSED, Optional.of(DAY.plusDays(1).atTime(16, 0))).status(),
                "no capacity reserved that day");
    }

    @Test
    void withoutAProposalTheCitizenMustChooseAStart() {
        assertEquals(
                422,
                refusal(cancelled("NOPROPOSAL", "2030-03-03T09:00", 15), Optional.empty())
                        .status());
    }

    @Test
    void onlyAnAppointmentTheDisruptionCancelledHasAReplacementToAccept() {
        assertEquals(
                409,
                refusal(
                                appointment(
                                        "BOOKED1",
                                        "2030-03-03T09:00",
                                        15,
                                        AppointmentStatus.BOOKED,
                                        false,
                                        null),
                                Optional.empty())
                        .status());
        assertEquals(
                409,
                refusal(
                                appointment(
                                        "DONE",
                                        "2030-03-03T09:00",
                                        15,
                                        AppointmentStatus.REBOOKED,
                                        false,
                                        "2030-03-04T16:00"),
                                Optional.empty())
                        .status(),
                "a replacement is accepted once");
    }

    private static ProblemException refusal(
            AffectedAppointment old, Optional<java.time.LocalDateTime> start) {
        return assertThrows(
                ProblemException.class, () -> ReplacementAcceptance.decide(old, start, RESERVED));
    }
}
