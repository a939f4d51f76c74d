package org.amtsplan.scheduling.internal.booking;

import org.amtsplan.scheduling.spi.BookingFacts;
import org.amtsplan.scheduling.spi.BookingPolicy;
import org.amtsplan.scheduling.spi.Decision;

/**
 * The public books at least the unit's lead time ahead, so the office can prepare; staff may book
 * later.
 */
final class MinimumLeadTimePolicy implements BookingPolicy {

    @Override
    public Decision evaluate(BookingFacts facts) {
        int lead = facts.rules().minLeadMinutes();
        if (facts.byStaff() || !facts.start().isBefore(facts.now().plusMinutes(lead))) {
            return Decision.ALLOWED;
        }
        return Decision.rejected("start", "scheduling.booking.withinLeadTime", lead);
    }
}
