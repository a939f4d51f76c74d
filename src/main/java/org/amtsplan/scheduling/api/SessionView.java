package org.amtsplan.scheduling.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A dated session. {@code releasedCounters} is what the public (or, when reserved, the affected)
 * may book now; with a staged release it grows until {@code fullyReleasedAt}.
 */
public record SessionView(
        long id,
        String unit,
        String location,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        int counters,
        SessionKind kind,
        String reservedForDisruption,
        Integer releaseStages,
        Integer releaseEveryMinutes,
        int releasedCounters,
        Instant fullyReleasedAt) {}
