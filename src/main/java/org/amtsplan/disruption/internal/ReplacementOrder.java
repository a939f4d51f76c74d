package org.amtsplan.disruption.internal;

import java.util.Comparator;
import java.util.List;
import org.amtsplan.scheduling.api.AffectedAppointment;
import org.amtsplan.scheduling.api.AppointmentStatus;

/**
 * Who is offered a replacement seat first: everyone cancelled by the disruption who has no proposal
 * yet and has not declined one (nor had it withdrawn by the office), urgent cases first (by their
 * department's rule, e.g. an expiring residence permit), then in the order of the original
 * appointments.
 */
final class ReplacementOrder {

    static final Comparator<AffectedAppointment> URGENT_THEN_EARLIEST =
            Comparator.comparing((AffectedAppointment a) -> a.urgent() ? 0 : 1)
                    .thenComparing(AffectedAppointment::start)
                    .thenComparing(AffectedAppointment::code);

    private ReplacementOrder() {}

    static List<AffectedAppointment> waitingForReplacement(List<AffectedAppointment> affected) {
        return affected.stream()
                .filter(
                        a ->
                                a.status() == AppointmentStatus.CANCELLED_BY_OFFICE
                                        && a.replacementStart() == null
                                        && !a.replacementDeclined()
                                        && !a.replacementWithdrawn())
                .sorted(URGENT_THEN_EARLIEST)
                .toList();
    }
}
