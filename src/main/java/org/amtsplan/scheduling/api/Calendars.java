package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Use case: a head shapes the capacity of a unit at a location. Every command is checked whole:
 * inverted or overlapping ranges, times off the slot grid, unknown units or locations are refused
 * with every offending field, and nothing is stored.
 */
public interface Calendars {

    OpeningHours setOpeningHours(String unitId, String locationId, SetOpeningHours command);

    OpeningHours openingHours(String unitId, String locationId);

    ClosureView addClosure(String unitId, String locationId, AddClosure command);

    List<ClosureView> closures(String unitId, String locationId, LocalDate from, LocalDate to);

    SessionView addSession(String unitId, String locationId, AddSession command);

    List<SessionView> sessions(String unitId, String locationId, LocalDate from, LocalDate to);
}
