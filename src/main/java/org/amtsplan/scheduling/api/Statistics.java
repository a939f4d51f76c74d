package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Use case: a head reads how their unit worked — served, waiting times, no-shows, cancellations.
 */
public interface Statistics {

    /** At most a year; for the unit's head or an admin. */
    UnitStatistics perDay(String unitId, Optional<String> locationId, LocalDate from, LocalDate to);
}
