package org.amtsplan.scheduling.internal.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amtsplan.scheduling.spi.BookingFacts;
import org.amtsplan.scheduling.spi.BookingPolicy;
import org.amtsplan.scheduling.spi.Decision;

/**
 * The kernel's booking rules, in the order a citizen should hear about them, then the department's.
 */
final class KernelBookingPolicies {

    private static final List<BookingPolicy> KERNEL =
            List.of(
                    new OnlineBookablePolicy(),
                    new StartInFuturePolicy(),
                    new MinimumLeadTimePolicy(),
                    new BookingHorizonPolicy(),
                    new OpenAppointmentsPerContactPolicy());

    private KernelBookingPolicies() {}

    /** The first rejection of the kernel's policies and then the department's, if any. */
    public static Optional<Decision.Rejected> firstRejection(
            BookingFacts facts, List<BookingPolicy> departmentPolicies) {
        List<BookingPolicy> all = new ArrayList<>(KERNEL);
        all.addAll(departmentPolicies);
        for (BookingPolicy policy : all) {
            if (policy.evaluate(facts) instanceof Decision.Rejected rejected) {
                return Optional.of(rejected);
            }
        }
        return Optional.empty();
    }
}
