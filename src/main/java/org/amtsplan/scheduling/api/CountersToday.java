package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The counters a unit staffs at a location now ({@code "1"} to the running sessions' counters;
 * outside them the day's most), which a clerk may call to; empty on a day without opening hours or
 * sessions.
 */
public record CountersToday(LocalDate date, List<String> counters) {}
