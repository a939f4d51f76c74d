package org.amtsplan.scheduling.api;

import java.util.List;

/** Command: replace the weekly opening pattern of a unit at a location, with its slot length. */
public record SetOpeningHours(Integer slotMinutes, List<WeeklyHours> weekly) {}
