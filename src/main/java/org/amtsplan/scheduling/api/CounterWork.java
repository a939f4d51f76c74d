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

    /**
     * {@code start}, {@code finish}, {@code park}, {@code recall}, {@code missed}, {@code
     * undo-missed} or {@code transfer} on a ticket.
     */
    TicketView act(long ticketId, String action, TicketAction details, String clerk);

    /** Keeps the notes and documents typed so far into the open case of a ticket. */
    TicketView saveDraft(long ticketId, CaseDraft draft);

    /** The ticket called to or served at this counter today, with its case so far, if any. */
    Optional<TicketView> current(String unitId, String locationId, String counter);

    /** The counters clerks of the unit may work at, at the location now. */
    CountersToday counters(String unitId, String locationId);

    TicketView ticket(long ticketId);

    /** Limits a counter to some services of the unit; an empty list lifts the limit. */
    List<String> limitCounter(
            String unitId, String locationId, String counter, List<String> services);
}
