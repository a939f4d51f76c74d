package org.amtsplan.disruption.internal.callback;

import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;

/**
 * Where a callback stands: DONE once staff marked it or its person accepted a replacement (or
 * declined any, as for every appointment the disruption cancelled); PROPOSED while a replacement
 * waits for the person's answer; OPEN otherwise.
 */
final class CallbackProgress {

    enum Status {
        OPEN,
        PROPOSED,
        DONE
    }

    private CallbackProgress() {}

    /**
     * @param standIn the kernel appointment standing for the callback in a disruption, if any
     */
    static Status status(boolean markedDone, AffectedAppointment standIn) {
        if (markedDone) {
            return Status.DONE;
        }
        if (standIn == null) {
            return Status.OPEN;
        }
        if (standIn.status() != AppointmentStatus.CANCELLED_BY_OFFICE
                || standIn.replacementDeclined()
                || standIn.replacementWithdrawn()) {
            return Status.DONE;
        }
        return standIn.replacementStart() == null ? Status.OPEN : Status.PROPOSED;
    }
}
