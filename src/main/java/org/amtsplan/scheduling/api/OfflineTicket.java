package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An open ticket of today as an offline counter keeps it, so that people who drew a server number
 * before an outage can still be called: its number, kind, status, service, the person's name if
 * given, since when they wait, and the counter that called them.
 */
public record OfflineTicket(
        long id,
        LocalDate day,
        String number,
        TicketKind kind,
        TicketStatus status,
        String service,
        String name,
        String appointmentCode,
        OffsetDateTime waitingSince,
        String counter) {}
