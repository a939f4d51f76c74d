package org.amtsplan.scheduling.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Counts committed appointment events for operators ({@code amtsplan_appointment_events_total}).
 */
@ApplicationScoped
class AppointmentMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentEvent event) {
        String kind = event.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        metrics.counter(
                        "amtsplan_appointment_events_total",
                        new Tag("event", kind),
                        new Tag("unit", event.unit()))
                .inc();
    }
}
