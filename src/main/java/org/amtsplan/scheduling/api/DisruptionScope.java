package org.amtsplan.scheduling.api;

import java.time.LocalDateTime;
import java.util.Set;

/** The units and locations a disruption hits, and its time window (local time of the city). */
public record DisruptionScope(
        Set<String> units, Set<String> locations, LocalDateTime from, LocalDateTime to) {}
