package org.amtsplan.immigration.internal;

import org.amtsplan.scheduling.spi.DefaultQueuePolicy;
import org.amtsplan.scheduling.spi.QueueContext;
import org.amtsplan.scheduling.spi.WaitingTicket;

/**
 * The immigration office's queue: like the kernel's, but an urgent case (a residence permit about
 * to expire) is called together with the appointments due now, ahead of every other walk-in.
 */
public class UrgentFirstQueuePolicy extends DefaultQueuePolicy {

    @Override
    protected int group(WaitingTicket ticket, QueueContext context) {
        int group = super.group(ticket, context);
        return group == 2 && ticket.urgent() ? 1 : group;
    }
}
