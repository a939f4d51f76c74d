package org.amtsplan.disruption.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.DisruptionScope;
import org.junit.jupiter.api.Test;

class WhoIsAffectedTest {

    @Test
    void onlyAppointmentsStillToTakePlaceAreCancelled() {
        assertTrue(
                WhoIsAffected.STILL_TO_TAKE_PLACE.containsAll(
                        Set.of(
                                AppointmentStatus.RESERVED,
                                AppointmentStatus.BOOKED,
                                AppointmentStatus.CHECKED_IN)));
        for (AppointmentStatus done :
                Set.of(
                        AppointmentStatus.CANCELLED,
                        AppointmentStatus.CANCELLED_BY_OFFICE,
                        AppointmentStatus.REBOOKED,
                        AppointmentStatus.COMPLETED,
                        AppointmentStatus.NO_SHOW)) {
            assertFalse(WhoIsAffected.STILL_TO_TAKE_PLACE.contains(done), done + " is left alone");
        }
    }

    @Test
    void aWindowEndingAtMidnightEmptiesNoWaitingRoomOfTheNextDay() {
        DisruptionScope untilMidnight =
                new DisruptionScope(
                        Set.of("immigration"),
                        Set.of("mitte"),
                        LocalDateTime.parse("2030-03-04T13:00"),
                        LocalDateTime.parse("2030-03-05T00:00"));

        assertEquals(LocalDate.of(2030, 3, 4), WhoIsAffected.firstDay(untilMidnight));
        assertEquals(LocalDate.of(2030, 3, 4), WhoIsAffected.lastDay(untilMidnight));
    }
}
