package org.amtsplan.scheduling.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Use case: a counter that keeps working without the server. Its walk-in numbers come from a block
 * reserved for it; what it did is entered afterwards with the times it happened, under the same
 * rules as at the online counter. A rule that forbids a step is a 409 (or 404 for a ticket that
 * does not exist), bad input a 422; either changes nothing.
 */
public interface OfflineCounter {

    /** Size of a reserved block of ticket numbers. */
    int BLOCK_SIZE = 50;

    /** Below this number the server numbers alone; blocks lie at or above it. */
    int FIRST_RESERVED = 500;

    /** Reserves the next free block of numbers at the unit and location for a holder. */
    NumberBlock reserveNumbers(String unitId, String locationId, String holder);

    /** The block of a holder, if it has one (also once revoked). */
    Optional<NumberBlock> numbersOf(String holder);

    /** Marks the holder's block revoked; its numbers stay skipped by the server for good. */
    void revokeNumbers(String holder, Instant at);

    /** Issues a ticket with the given number at the given past instant. */
    TicketView issueRecorded(RecordedTicket ticket);

    /** Applies a step on a ticket at the given past instant. */
    TicketView actRecorded(RecordedStep step);

    /** Today and the following days the unit works at the location, {@code count} in all. */
    List<LocalDate> workingDays(String unitId, String locationId, LocalDate from, int count);

    /** The appointments of these days at the unit and location, by start. */
    List<OfflineAppointment> appointments(String unitId, String locationId, List<LocalDate> days);

    /**
     * The tickets of the day at the unit and location that are not over yet (waiting, called, in
     * service, stepped aside), by arrival.
     */
    List<OfflineTicket> openTickets(String unitId, String locationId, LocalDate day);
}
