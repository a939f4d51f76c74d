package org.amtsplan.scheduling.api;

/**
 * One period of the weekly pattern: {@code day} like "TUESDAY", {@code from}/{@code to} as "HH:mm".
 */
public record WeeklyHours(String day, String from, String to, Integer counters) {}
