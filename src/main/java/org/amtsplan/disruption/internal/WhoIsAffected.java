package org.amtsplan.disruption.internal;

import java.time.LocalDate;
import java.util.Set;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.DisruptionScope;

/**
 * Who a disruption hits: every appointment at its units and locations that is still to take place
 * and overlaps the window, and the people waiting in those waiting rooms on the window's days.
 */
final class WhoIsAffected {

    /**
     * Reserved, booked or checked in: cancelled, finished or rebooked appointments are left alone.
     */
    static final Set<AppointmentStatus> STILL_TO_TAKE_PLACE =
            Set.of(
                    AppointmentStatus.RESERVED,
                    AppointmentStatus.BOOKED,
                    AppointmentStatus.CHECKED_IN);

    private WhoIsAffected() {}

    /** The first day whose waiting room the disruption empties. */
    static LocalDate firstDay(DisruptionScope scope) {
        return scope.from().toLocalDate();
    }

    /**
     * The last day whose waiting room the disruption empties: a window ending at midnight does not
     * reach the next day.
     */
    static LocalDate lastDay(DisruptionScope scope) {
        return scope.to().minusNanos(1).toLocalDate();
    }
}
