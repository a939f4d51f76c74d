package org.amtsplan.scheduling.spi;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amtsplan.scheduling.api.TicketKind;

/**
 * The kernel's queue order, which departments may use as it is or build on:
 *
 * <ol>
 *   <li>anyone who has waited longer than the promotion limit, longest first;
 *   <li>appointments due now (within the early/late window), by appointment time;
 *   <li>everybody else — walk-ins, referrals, appointments outside their window — urgent before
 *       others, then by arrival.
 * </ol>
 */
public class DefaultQueuePolicy implements QueuePolicy {

    @Override
    public List<WaitingTicket> order(List<WaitingTicket> waiting, QueueContext context) {
        List<WaitingTicket> ordered = new ArrayList<>(waiting);
        ordered.sort(
                Comparator.comparingInt((WaitingTicket t) -> group(t, context))
                        .thenComparing(
                                t -> group(t, context) == 1 ? dueAt(t, context) : LocalDateTime.MIN)
                        .thenComparing(t -> group(t, context) == 2 && t.urgent() ? 0 : 1)
                        .thenComparing(WaitingTicket::arrivedAt)
                        .thenComparingLong(WaitingTicket::id));
        return ordered;
    }

    /**
     * When a ticket of group 1 is due: its appointment's start, or else its arrival (local time).
     */
    private static LocalDateTime dueAt(WaitingTicket ticket, QueueContext context) {
        if (ticket.appointmentStart() != null) {
            return ticket.appointmentStart();
        }
        return context.localNow().minus(Duration.between(ticket.arrivedAt(), context.now()));
    }

    /** 0 promoted, 1 appointment due now, 2 everybody else. */
    protected int group(WaitingTicket ticket, QueueContext context) {
        if (Duration.between(ticket.arrivedAt(), context.now()).toMinutes()
                >= context.promoteAfterMinutes()) {
            return 0;
        }
        if (ticket.kind() == TicketKind.APPOINTMENT && ticket.appointmentStart() != null) {
            boolean notTooEarly =
                    !context.localNow()
                            .isBefore(
                                    ticket.appointmentStart().minusMinutes(context.earlyMinutes()));
            boolean notTooLate =
                    !context.localNow()
                            .isAfter(ticket.appointmentStart().plusMinutes(context.lateMinutes()));
            if (notTooEarly && notTooLate) {
                return 1;
            }
        }
        return 2;
    }
}
