package org.amtsplan.scheduling.api;

import java.time.Instant;

/**
 * A ticket an offline counter issued with a number of its block at a time it happened: a check-in
 * ({@code appointmentCode}) or a walk-in ({@code service}, name and phone optional). The ticket's
 * day is the city date of {@code at}.
 */
public record RecordedTicket(
        String unit,
        String location,
        String number,
        Instant at,
        String clerk,
        String appointmentCode,
        String service,
        String name,
        String phone) {}
