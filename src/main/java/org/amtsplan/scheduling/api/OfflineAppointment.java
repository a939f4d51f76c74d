package org.amtsplan.scheduling.api;

import java.time.LocalDateTime;

/**
 * An appointment as an offline counter keeps it: who, which service, when, its status, and the
 * ticket it was checked in with, if any.
 */
public record OfflineAppointment(
        String code,
        String name,
        String service,
        LocalDateTime start,
        LocalDateTime end,
        AppointmentStatus status,
        Long ticketId,
        String ticketNumber,
        TicketStatus ticketStatus) {}
