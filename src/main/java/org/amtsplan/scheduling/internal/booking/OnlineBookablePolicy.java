package org.amtsplan.scheduling.internal.booking;

import org.amtsplan.platform.Message;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.spi.BookingFacts;
import org.amtsplan.scheduling.spi.BookingPolicy;
import org.amtsplan.scheduling.spi.Decision;

/** The public books online only services offered online; staff may book any service. */
final class OnlineBookablePolicy implements BookingPolicy {

    @Override
    public Decision evaluate(BookingFacts facts) {
        if (facts.byStaff()) {
            return Decision.ALLOWED;
        }
        for (Service service : facts.services()) {
            if (!service.onlineBookable()) {
                return Decision.rejected(
                        "service",
                        "scheduling.booking.notOnline",
                        new Message.Localized(service.nameDe(), service.name("en")));
            }
        }
        return Decision.ALLOWED;
    }
}
