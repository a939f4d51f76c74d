package org.amtsplan.disruption.internal;

import static org.amtsplan.disruption.internal.AffectedAppointments.appointment;
import static org.amtsplan.disruption.internal.AffectedAppointments.cancelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.junit.jupiter.api.Test;

class LiftPolicyTest {

    static final LocalDateTime NOW = LocalDateTime.parse("2030-03-04T12:00");

    @Test
    void liftingRestoresNothingAlreadyRebooked() {
        List<AffectedAppointment> affected =
                List.of(
                        appointment(
                                "REBOOKED",
                                "2030-03-04T14:00",
                                15,
                                AppointmentStatus.REBOOKED,
                                false,
                                null),
                        cancelled("WAITING", "2030-03-04T14:15", 15));

        assertEquals(List.of("WAITING"), LiftPolicy.toRestore(affected, NOW));
        assertEquals(
                0,
                LiftPolicy.leftCancelled(affected, 1),
                "a rebooked appointment is neither restored nor left cancelled");
    }

    @Test
    void appointmentsWhoseTimeHasPassedStayCancelled() {
        List<AffectedAppointment> affected =
                List.of(
                        cancelled("PAST", "2030-03-04T11:45", 15),
                        cancelled("NOW", "2030-03-04T12:00", 15),
                        cancelled("AHEAD", "2030-03-04T12:15", 15));

        assertEquals(List.of("AHEAD"), LiftPolicy.toRestore(affected, NOW));
        assertEquals(2, LiftPolicy.leftCancelled(affected, 1));
    }

    @Test
    void aProposedReplacementDoesNotKeepAnAppointmentFromBeingRestored() {
        AffectedAppointment proposed =
                appointment(
                        "PROPOSED",
                        "2030-03-04T14:00",
                        15,
                        AppointmentStatus.CANCELLED_BY_OFFICE,
                        false,
                        "2030-03-05T16:00");

        assertEquals(List.of("PROPOSED"), LiftPolicy.toRestore(List.of(proposed), NOW));
    }

    @Test
    void whatCouldNotGetItsSeatsBackCountsAsLeftCancelled() {
        List<AffectedAppointment> affected =
                List.of(
                        cancelled("A", "2030-03-04T14:00", 15),
                        cancelled("B", "2030-03-04T14:15", 15),
                        cancelled("C", "2030-03-04T14:30", 15));

        assertEquals(3, LiftPolicy.toRestore(affected, NOW).size());
        assertEquals(1, LiftPolicy.leftCancelled(affected, 2), "one seat was taken meanwhile");
    }
}
