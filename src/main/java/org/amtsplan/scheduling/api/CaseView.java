package org.amtsplan.scheduling.api;

import java.time.OffsetDateTime;
import java.util.List;

/** The case (Vorgang) of a served ticket: who handled it where and when, and what came of it. */
public record CaseView(
        long id,
        String clerk,
        String counter,
        String status,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        String notes,
        List<String> documents,
        String outcome) {}
