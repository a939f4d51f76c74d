package org.amtsplan.scheduling.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amtsplan.scheduling.internal.catalogue.SlotLengths;

/** Where the calendars are kept: slot length, weekly pattern, closures and dated sessions. */
public interface CalendarRepository extends SlotLengths {

    Optional<UnitCalendar> calendar(String unitId, String locationId);

    /** Replaces the weekly pattern and slot length of one calendar. */
    void replaceWeeklyPattern(
            String unitId, String locationId, int slotMinutes, List<OpeningPeriod> periods);

    List<OpeningPeriod> weeklyPattern(String unitId, String locationId);

    /** Stores a closure; returns false when that day is already closed. */
    boolean addClosure(Closure closure);

    List<Closure> closures(String unitId, String locationId, LocalDate from, LocalDate to);

    DatedSession addSession(DatedSession session);

    List<DatedSession> sessions(String unitId, String locationId, LocalDate from, LocalDate to);

    Optional<DatedSession> session(long id);

    /**
     * Dates from {@code from} on with sessions reserved for a disruption at a unit and location.
     */
    List<LocalDate> reservedDays(
            String disruptionId, String unitId, String locationId, LocalDate from);
}
