package org.amtsplan.disruption.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;

/**
 * What lifting a disruption early gives back: every appointment it cancelled that is still
 * cancelled (not rebooked) and still ahead takes place at its original time again, if its seats are
 * still free (not one whose citizen declined a replacement: they were told it is cancelled and may
 * have booked anew); a proposed replacement does not stand in the way (its seats are given back).
 * What cannot be restored stays cancelled and is counted as such.
 */
final class LiftPolicy {

    private LiftPolicy() {}

    /** The codes to try to restore. */
    static List<String> toRestore(List<AffectedAppointment> ofDisruption, LocalDateTime now) {
        return ofDisruption.stream()
                .filter(
                        a ->
                                a.status() == AppointmentStatus.CANCELLED_BY_OFFICE
                                        && !a.replacementDeclined()
                                        && !a.replacementWithdrawn()
                                        && a.start().isAfter(now))
                .map(AffectedAppointment::code)
                .toList();
    }

    /** How many stay cancelled when {@code restored} of them were restored. */
    static int leftCancelled(List<AffectedAppointment> ofDisruption, int restored) {
        return (int)
                        ofDisruption.stream()
                                .filter(a -> a.status() == AppointmentStatus.CANCELLED_BY_OFFICE)
                                .count()
                - restored;
    }
}
