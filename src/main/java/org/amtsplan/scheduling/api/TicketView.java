package org.amtsplan.scheduling.api;

import java.time.OffsetDateTime;

/**
 * A ticket as the queue, the counter and the clerk see it. {@code undoMissedUntil} is set while
 * "did not come" can still be taken back.
 */
public record TicketView(
        long id,
        String number,
        TicketStatus status,
        TicketKind kind,
        String unit,
        String location,
        String service,
        String appointmentCode,
        boolean urgent,
        OffsetDateTime waitingSince,
        OffsetDateTime calledAt,
        String counter,
        int calls,
        Integer estimatedWaitMinutes,
        CaseView caseRecord,
        OffsetDateTime undoMissedUntil) {}
