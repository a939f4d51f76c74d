package org.amtsplan.scheduling.spi;

/** One named rule a booking must pass; the kernel has its own, departments may add theirs. */
@FunctionalInterface
public interface BookingPolicy {

    Decision evaluate(BookingFacts facts);
}
