package org.amtsplan.scheduling.api;

import java.util.Optional;

/**
 * Use case: booking and the citizen's own appointment. A wrong token is treated like an unknown
 * code (404), so codes cannot be probed. {@code staffUser} is the logged-in member of staff, if
 * any.
 */
public interface Appointments {

    AppointmentView hold(HoldSeat command);

    AppointmentView book(
            BookAppointment command, Optional<String> staffUser, Optional<String> idempotencyKey);

    AppointmentView confirm(String code, String token);

    AppointmentView find(String code, String token);

    void cancel(String code, String token, Optional<String> staffUser);

    AppointmentView reschedule(
            String code, String token, java.time.OffsetDateTime start, Optional<String> staffUser);

    /** The appointment as an iCalendar (RFC 5545) file. */
    String calendarFile(String code, String token);
}
