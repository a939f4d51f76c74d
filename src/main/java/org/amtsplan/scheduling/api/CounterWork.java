package org.amtsplan.scheduling.api;

import java.util.List;
import java.util.Optional;

/** Use case: the counter side — tickets, the queue and the clerk's actions. */
public interface CounterWork {

    TicketView issue(String unitId, String locationId, IssueTicket command);

    /** The waiting tickets in calling order, each with an estimated wait. */
    List<TicketView> queue(String unitId, String locationId);

    /**
     * Today's tickets stepped aside (PARKED) at this unit and location, longest parked first; a
     * clerk recalls them.
     */
    List<TicketView> parked(String unitId, String locationId);

    /** Calls the next ticket to the counter; empty when nobody waits for it. */
    Optional<TicketView> callNext(String unitId, String locationId, String counter, String clerk);

    TicketView act(long ticketId, String action, TicketAction details, String clerk);

    TicketView ticket(long ticketId);

    /** Limits a counter to some services of the unit; an empty list lifts the limit. */
    List<String> limitCounter(
            String unitId, String locationId, String counter, List<String> services);
}
