package org.amtsplan.scheduling.internal.booking;

import org.amtsplan.scheduling.spi.BookingFacts;
import org.amtsplan.scheduling.spi.BookingPolicy;
import org.amtsplan.scheduling.spi.Decision;

/** The public books no further ahead than the unit's horizon; staff may. */
final class BookingHorizonPolicy implements BookingPolicy {

    @Override
    public Decision evaluate(BookingFacts facts) {
        int days = facts.rules().bookingHorizonDays();
        if (facts.byStaff()
                || !facts.start().toLocalDate().isAfter(facts.now().toLocalDate().plusDays(days))) {
            return Decision.ALLOWED;
        }
        return Decision.rejected("start", "scheduling.booking.beyondHorizon", days);
    }
}
