package org.amtsplan.disruption.internal;

import static org.amtsplan.disruption.internal.AffectedAppointments.appointment;
import static org.amtsplan.disruption.internal.AffectedAppointments.cancelled;
import static org.amtsplan.disruption.internal.AffectedAppointments.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.junit.jupiter.api.Test;

class ReplacementOrderTest {

    @Test
    void urgentCasesComeFirstThenTheEarliestAffected() {
        List<AffectedAppointment> order =
                ReplacementOrder.waitingForReplacement(
                        List.of(
                                cancelled("LATE", "2030-03-04T14:00", 15),
                                urgent("URGENT", "2030-03-04T15:00", 15),
                                cancelled("EARLY", "2030-03-04T13:00", 15)));

        assertEquals(
                List.of("URGENT", "EARLY", "LATE"),
                order.stream().map(AffectedAppointment::code).toList());
    }

    @Test
    void nobodyIsProposedTwiceAndARebookedAppointmentNeedsNoReplacement() {
        List<AffectedAppointment> order =
                ReplacementOrder.waitingForReplacement(
                        List.of(
                                appointment(
                                        "PROPOSED",
                                        "2030-03-04T13:00",
                                        15,
                                        AppointmentStatus.CANCELLED_BY_OFFICE,
                                        false,
                                        "2030-03-05T16:00"),
                                appointment(
                                        "REBOOKED",
                                        "2030-03-04T13:15",
                                        15,
                                        AppointmentStatus.REBOOKED,
                                        false,
                                        null),
                                appointment(
                                        "RESTORED",
                                        "2030-03-04T13:30",
                                        15,
                                        AppointmentStatus.BOOKED,
                                        false,
                                        null),
                                cancelled("WAITING", "2030-03-04T13:45", 15)));

        assertEquals(List.of("WAITING"), order.stream().map(AffectedAppointment::code).toList());
    }
}
