package org.amtsplan.scheduling.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Command: add capacity on one date ("YYYY-MM-DD") from {@code from} to {@code to} ("HH:mm").
 * {@code kind} is EXTRA, AFTER_HOURS or REPLACEMENT; a session may name the disruption it is
 * reserved for. Public capacity may instead be released in stages: {@code releaseStages} (2–10, at
 * most one per counter, {@link StagesWithinCounters}) shares, one every {@code releaseEveryMinutes}
 * (5–10080) from now.
 */
@StagesWithinCounters
public record AddSession(
        @NotNull LocalDate date,
        @NotNull LocalTime from,
        @NotNull LocalTime to,
        @NotNull @Min(1) @Max(100) Integer counters,
        @NotNull SessionKind kind,
        @Size(max = 40) String reservedForDisruption,
        @Min(2) @Max(10) Integer releaseStages,
        @Min(5) @Max(10_080) Integer releaseEveryMinutes) {

    // Declared explicitly so that the constraints stay on fields and accessors only: Payara's
    // OpenAPI
    // scanner fails on constraint annotations on constructor parameters (docs/architecture.md).
    public AddSession(
            LocalDate date,
            LocalTime from,
            LocalTime to,
            Integer counters,
            SessionKind kind,
            String reservedForDisruption,
            Integer releaseStages,
            Integer releaseEveryMinutes) {
        this.date = date;
        this.from = from;
        this.to = to;
        this.counters = counters;
        this.kind = kind;
        this.reservedForDisruption = reservedForDisruption;
        this.releaseStages = releaseStages;
        this.releaseEveryMinutes = releaseEveryMinutes;
    }
}
