package org.amtsplan.scheduling.api;

import java.util.List;

/** The weekly opening pattern of a unit at a location. */
public record OpeningHours(
        String unit, String location, int slotMinutes, List<WeeklyHours> weekly) {}
