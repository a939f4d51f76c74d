package org.amtsplan.scheduling.spi;

import java.util.List;

/** Decides the order in which a unit's waiting tickets are called. */
@FunctionalInterface
public interface QueuePolicy {

    /** The waiting tickets, first to be called first. Must return every ticket it was given. */
    List<WaitingTicket> order(List<WaitingTicket> waiting, QueueContext context);
}
