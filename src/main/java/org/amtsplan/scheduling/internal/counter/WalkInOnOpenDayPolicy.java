package org.amtsplan.scheduling.internal.counter;

import org.amtsplan.scheduling.internal.calendar.CounterDuty;
import org.amtsplan.scheduling.spi.Decision;

/**
 * A walk-in gets a number only on a day the unit works at the location (regular hours or a
 * session): on a closed day nobody would ever call it.
 */
final class WalkInOnOpenDayPolicy {

    private WalkInOnOpenDayPolicy() {}

    static Decision evaluate(CounterDuty duty) {
        return duty.openToday()
                ? Decision.ALLOWED
                : Decision.rejected("walkIn", "scheduling.walkIn.closedToday");
    }
}
