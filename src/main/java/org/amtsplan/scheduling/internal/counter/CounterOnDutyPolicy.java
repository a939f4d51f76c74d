package org.amtsplan.scheduling.internal.counter;

import org.amtsplan.scheduling.internal.calendar.CounterDuty;
import org.amtsplan.scheduling.spi.Decision;

/**
 * A clerk works at one of the counters the unit staffs now, numbered 1 to the running sessions'
 * counters (outside them, the day's most): counter 3 does not exist when the session has one, and
 * the display would send citizens to a counter nobody sits at.
 */
final class CounterOnDutyPolicy {

    static final String FIELD = "counter";

    private CounterOnDutyPolicy() {}

    static Decision evaluate(String counter, CounterDuty duty) {
        if (counter == null || counter.isBlank()) {
            return Decision.rejected(FIELD, "scheduling.counter.required");
        }
        if (!duty.openToday()) {
            return Decision.rejected(FIELD, "scheduling.counter.noneToday");
        }
        int number = number(counter.strip());
        if (number < 1 || number > duty.counters()) {
            return duty.counters() == 1
                    ? Decision.rejected(FIELD, "scheduling.counter.notOnDutyButOne")
                    : Decision.rejected(FIELD, "scheduling.counter.notOnDuty", duty.counters());
        }
        return Decision.ALLOWED;
    }

    /** The counter's number, or 0 when it is not a plain whole number. */
    private static int number(String counter) {
        if (!counter.matches("[0-9]{1,3}")) {
            return 0;
        }
        return Integer.parseInt(counter);
    }
}
