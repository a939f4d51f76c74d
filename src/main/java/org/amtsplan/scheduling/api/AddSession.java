package org.amtsplan.scheduling.api;

/**
 * Command: add capacity on one date. {@code kind} is EXTRA, AFTER_HOURS or REPLACEMENT; a
 * replacement session may name the disruption it is reserved for.
 */
public record AddSession(
    String date, String from, String to, Integer counters, String kind, String reservedForDisruption) {}
