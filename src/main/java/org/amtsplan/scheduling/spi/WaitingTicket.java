package org.amtsplan.scheduling.spi;

import java.time.Instant;
import java.time.LocalDateTime;
import org.amtsplan.scheduling.api.TicketKind;

/**
 * What a queue policy knows of a waiting ticket. {@code appointmentStart} is set for checked-in
 * appointments (local time of the city); {@code urgent} for cases that must go first.
 */
public record WaitingTicket(
        long id,
        String number,
        TicketKind kind,
        String service,
        Instant arrivedAt,
        LocalDateTime appointmentStart,
        boolean urgent) {}
