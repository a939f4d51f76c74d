package org.amtsplan.scheduling.internal.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.SeatPool;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    static final Instant NOW = Instant.parse("2027-01-20T10:00:00Z");
    static final LocalDateTime START = LocalDateTime.of(2027, 1, 26, 9, 0);
    static final Contact CONTACT =
            new Contact("Erika Mustermann", "erika@example.org", null, "de", null);

    static Appointment held() {
        return Appointment.hold(
                "K7Q-4MZ",
                "secret",
                "vehicle",
                "mitte",
                List.of("kfz-neuzulassung"),
                START,
                START.plusMinutes(45),
                15,
                SeatPool.PUBLIC,
                NOW,
                NOW.plusSeconds(600));
    }

    @Test
    void anonymousBookingIsReservedUntilConfirmedInTime() {
        Appointment a = held();
        a.book(CONTACT, null, NOW.plusSeconds(7200));
        assertEquals(AppointmentStatus.RESERVED, a.status());
        assertTrue(a.confirm(NOW.plusSeconds(3600)));
        assertEquals(AppointmentStatus.BOOKED, a.status());
        assertFalse(a.confirm(NOW.plusSeconds(3601)), "a second confirmation changes nothing");
    }

    @Test
    void aLateConfirmationIsRefused() {
        Appointment a = held();
        a.book(CONTACT, null, NOW.plusSeconds(7200));
        ProblemException refused =
                assertThrows(ProblemException.class, () -> a.confirm(NOW.plusSeconds(7200)));
        assertEquals(409, refused.status());
    }

    @Test
    void staffBookingIsBookedAtOnce() {
        Appointment a = held();
        a.book(CONTACT, "kfz-schalter", NOW.plusSeconds(7200));
        assertEquals(AppointmentStatus.BOOKED, a.status());
        assertEquals("kfz-schalter", a.madeBy());
    }

    @Test
    void itHoldsOneSeatPerSlotOfItsDuration() {
        assertEquals(
                List.of(START, START.plusMinutes(15), START.plusMinutes(30)), held().seatSlots());
    }

    @Test
    void expiryEndsOnlyWaitingAppointmentsWhoseTimeIsUp() {
        Appointment a = held();
        assertFalse(a.expire(NOW.plusSeconds(599)));
        assertTrue(a.expire(NOW.plusSeconds(600)));
        assertEquals(AppointmentStatus.EXPIRED, a.status());
        assertFalse(a.holdsSeats());

        Appointment booked = held();
        booked.book(CONTACT, "admin", null);
        assertFalse(booked.expire(NOW.plusSeconds(100_000)), "a booked appointment never expires");
    }

    @Test
    void aCancelledAppointmentCannotBeCancelledOrMovedAgain() {
        Appointment a = held();
        a.book(CONTACT, null, NOW.plusSeconds(7200));
        a.cancel();
        assertEquals(409, assertThrows(ProblemException.class, a::cancel).status());
        assertEquals(
                409,
                assertThrows(
                                ProblemException.class,
                                () -> a.moveTo(START.plusHours(1), START.plusHours(2), 15))
                        .status());
    }

    @Test
    void theTokenMustMatchExactly() {
        Appointment a = held();
        assertTrue(a.tokenMatches("secret"));
        assertFalse(a.tokenMatches("Secret"));
        assertFalse(a.tokenMatches(null));
    }

    @Test
    void bookingCodesAreShortAndUnambiguous() {
        for (int i = 0; i < 1000; i++) {
            String code = BookingCodes.newCode();
            assertTrue(BookingCodes.isWellFormed(code), code);
            assertTrue(code.chars().noneMatch(c -> "0O1IL2Z5S8B".indexOf(c) >= 0), code);
        }
        assertFalse(BookingCodes.isWellFormed("K7Q4MZ"));
        assertFalse(BookingCodes.isWellFormed("K0Q-4MZ"));
        assertEquals(43, BookingCodes.newToken().length());
    }
}
