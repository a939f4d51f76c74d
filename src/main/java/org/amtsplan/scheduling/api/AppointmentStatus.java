package org.amtsplan.scheduling.api;

import java.util.Set;

/**
 * The life of an appointment (design section 4). HELD is the short hold while a form is filled in.
 */
public enum AppointmentStatus {
    HELD,
    RESERVED,
    BOOKED,
    CHECKED_IN,
    CALLED,
    IN_SERVICE,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    CANCELLED_BY_OFFICE,
    REBOOKED,
    EXPIRED;

    /** States in which the appointment still occupies its seats. */
    public static final Set<AppointmentStatus> HOLDING_SEATS =
            Set.of(HELD, RESERVED, BOOKED, CHECKED_IN, CALLED, IN_SERVICE);

    /** States that count against the open-appointments limit of a contact. */
    public static final Set<AppointmentStatus> OPEN = Set.of(RESERVED, BOOKED);
}
