package org.amtsplan.scheduling.api;

/**
 * WAITING in the queue, CALLED to a counter, IN_SERVICE at the counter, PARKED (stepped aside, for
 * instance to fetch a document, and recalled later), DONE, or NO_SHOW after the unit's number of
 * missed calls.
 */
public enum TicketStatus {
    WAITING,
    CALLED,
    IN_SERVICE,
    PARKED,
    DONE,
    NO_SHOW
}
