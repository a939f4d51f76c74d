package org.amtsplan.scheduling.api;

/**
 * Command: add capacity on one date. {@code kind} is EXTRA, AFTER_HOURS or REPLACEMENT; a session
 * may name the disruption it is reserved for. Public capacity may instead be released in stages:
 * {@code releaseStages} (2–10, at most one per counter) shares, one every {@code
 * releaseEveryMinutes} (5–10080) from now.
 */
public record AddSession(
    String date,
    String from,
    String to,
    Integer counters,
    String kind,
    String reservedForDisruption,
    Integer releaseStages,
    Integer releaseEveryMinutes) {}
