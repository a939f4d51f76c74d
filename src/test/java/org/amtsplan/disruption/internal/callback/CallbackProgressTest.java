package org.amtsplan.disruption.internal.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.junit.jupiter.api.Test;

class CallbackProgressTest {

    static AffectedAppointment standIn(
            AppointmentStatus status, LocalDateTime proposed, boolean declined) {
        LocalDateTime at = LocalDateTime.of(2030, 6, 4, 9, 0);
        return new AffectedAppointment(
                "ABC1234",
                "u",
                "l",
                at,
                at.plusMinutes(15),
                "Anna",
                null,
                null,
                status,
                null,
                false,
                proposed,
                null,
                "D-X",
                15,
                declined,
                false);
    }

    @Test
    void aCallbackFollowsItsReplacement() {
        LocalDateTime proposal = LocalDateTime.of(2030, 6, 5, 16, 0);
        assertEquals(CallbackProgress.Status.OPEN, CallbackProgress.status(false, null));
        assertEquals(
                CallbackProgress.Status.OPEN,
                CallbackProgress.status(
                        false, standIn(AppointmentStatus.CANCELLED_BY_OFFICE, null, false)));
        assertEquals(
                CallbackProgress.Status.PROPOSED,
                CallbackProgress.status(
                        false, standIn(AppointmentStatus.CANCELLED_BY_OFFICE, proposal, false)));
        assertEquals(
                CallbackProgress.Status.DONE,
                CallbackProgress.status(
                        false, standIn(AppointmentStatus.REBOOKED, proposal, false)));
        assertEquals(
                CallbackProgress.Status.DONE,
                CallbackProgress.status(
                        false, standIn(AppointmentStatus.CANCELLED_BY_OFFICE, null, true)));
        assertEquals(
                CallbackProgress.Status.DONE,
                CallbackProgress.status(
                        true, standIn(AppointmentStatus.CANCELLED_BY_OFFICE, proposal, false)));
    }
}
