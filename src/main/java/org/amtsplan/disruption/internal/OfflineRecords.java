package org.amtsplan.disruption.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * What offline counters recorded for tickets, as the disruption's list of interrupted cases needs
 * it; the offline counter's ledger answers (this package does not reach into it: it depends on this
 * one).
 */
public interface OfflineRecords {

    /**
     * The actions applied to these tickets that reached the server at or after {@code since},
     * oldest first.
     */
    List<OnTicket> appliedTo(Collection<Long> ticketIds, Instant since);

    /** An action applied to a ticket: its type, when it happened and arrived, the device's name. */
    record OnTicket(
            long ticketId,
            String type,
            OffsetDateTime at,
            OffsetDateTime receivedAt,
            String device) {}
}
