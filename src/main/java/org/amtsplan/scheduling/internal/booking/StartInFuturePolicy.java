package org.amtsplan.scheduling.internal.booking;

import org.amtsplan.scheduling.spi.BookingFacts;
import org.amtsplan.scheduling.spi.BookingPolicy;
import org.amtsplan.scheduling.spi.Decision;

/** Nobody books a time that has already begun. */
final class StartInFuturePolicy implements BookingPolicy {

    @Override
    public Decision evaluate(BookingFacts facts) {
        if (facts.start().isAfter(facts.now())) {
            return Decision.ALLOWED;
        }
        return Decision.rejected("start", "scheduling.booking.startPassed");
    }
}
