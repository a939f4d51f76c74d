package org.amtsplan.scheduling.api;

import java.time.LocalDateTime;

/**
 * A case handled on paper during an outage, entered afterwards: for an appointment (by its code) or
 * a walk-in (by service), by which clerk, when, with what outcome ({@code NO_SHOW} for an
 * appointment nobody came to) and notes.
 */
public record PaperCase(
        String unit,
        String location,
        String appointmentCode,
        String service,
        String clerk,
        LocalDateTime time,
        String outcome,
        String notes) {}
