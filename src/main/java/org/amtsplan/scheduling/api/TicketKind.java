package org.amtsplan.scheduling.api;

/** Where a ticket came from: an appointment's check-in, a walk-in, or a referral issued earlier. */
public enum TicketKind {
    APPOINTMENT,
    WALK_IN,
    REFERRAL
}
