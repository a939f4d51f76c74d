package org.amtsplan.scheduling.internal.counter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amtsplan.scheduling.spi.WaitingTicket;

/** Where tickets, cases, counter limits and call events are kept. */
public interface TicketRepository {

    /**
     * The next number of the day for a unit at a location (1, 2, ...), atomically; numbers of a
     * block reserved for an offline counter are skipped.
     */
    int nextNumber(String unitId, String locationId, LocalDate day);

    /** A block reserved at a unit and location: numbers first..last for a holder. */
    record Block(
            String unitId,
            String locationId,
            int first,
            int last,
            String holder,
            Instant reservedAt,
            Instant revokedAt) {}

    /**
     * Reserves {@code size} numbers above every earlier block, above {@code threshold} and above
     * today's numbers so far.
     */
    Block reserveBlock(
            String unitId,
            String locationId,
            String holder,
            int threshold,
            int size,
            LocalDate today,
            Instant now);

    Optional<Block> blockOf(String holder);

    void revokeBlock(String holder, Instant at);

    /** The ticket with this number of the day at the unit and location. */
    Optional<Ticket> byNumber(String unitId, String locationId, LocalDate day, String number);

    void add(Ticket ticket);

    /** How many of a unit's tickets of the day wait in its queues (all locations). */
    long waiting(String unitId, LocalDate day);

    Optional<Ticket> byId(long id);

    boolean appointmentCheckedIn(String appointmentCode);

    /** The waiting tickets with the counter each is reserved for, if any. */
    record Waiting(WaitingTicket ticket, String assignedCounter) {}

    List<Waiting> waiting(String unitId, String locationId, LocalDate day);

    /** Ids of the day's parked tickets, in the order they were drawn. */
    List<Long> parked(String unitId, String locationId, LocalDate day);

    /**
     * Calls a waiting ticket to a counter if it is still waiting; false when another counter was
     * faster. The database decides, so two counters never get the same ticket.
     */
    boolean claim(long ticketId, String counter, String clerk, Instant now);

    void flush();

    Optional<CaseRecord> caseOf(long ticketId);

    void add(CaseRecord record);

    /** Mean minutes of the unit's last closed cases at the location, if there are any. */
    Optional<Double> recentServiceMinutes(String unitId, String locationId, int lastCases);

    /**
     * The ticket called to or served at a counter today (CALLED or IN_SERVICE), the latest called
     * if there were several.
     */
    Optional<Long> currentAt(String unitId, String locationId, LocalDate day, String counter);

    /** Counters that called someone in the last {@code minutes} minutes today. */
    int activeCounters(String unitId, String locationId, LocalDate day, Instant since);

    /** The services a counter is limited to; empty when it serves all. */
    List<String> counterServices(String unitId, String locationId, String counter);

    void limitCounter(String unitId, String locationId, String counter, List<String> services);

    void recordCall(String locationId, String unitId, String number, String counter, Instant at);
}
