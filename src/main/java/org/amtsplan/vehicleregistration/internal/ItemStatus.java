package org.amtsplan.vehicleregistration.internal;

/**
 * SUBMITTED (due today), SCHEDULED (due a later working day because today's quota is used up),
 * IN_PROGRESS at the dealer counter, DONE, or RETURNED to the dealer with a reason.
 */
enum ItemStatus {
    SUBMITTED,
    SCHEDULED,
    IN_PROGRESS,
    DONE,
    RETURNED
}
