package org.amtsplan.scheduling.internal.booking;

import org.amtsplan.scheduling.spi.BookingFacts;
import org.amtsplan.scheduling.spi.BookingPolicy;
import org.amtsplan.scheduling.spi.Decision;

/**
 * One e-mail address or phone number holds at most the unit's number of open appointments, against
 * hoarding and resale of appointments. Staff may book beyond it.
 */
final class OpenAppointmentsPerContactPolicy implements BookingPolicy {

    @Override
    public Decision evaluate(BookingFacts facts) {
        int limit = facts.rules().maxOpenPerContact();
        if (facts.byStaff() || facts.openAppointmentsOfContact() < limit) {
            return Decision.ALLOWED;
        }
        return Decision.rejected("email", "scheduling.booking.tooManyOpen", limit);
    }
}
