package org.amtsplan.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The outbox's backlog for operators ({@code amtsplan_outbox_pending}): messages not yet sent, read
 * from the table when the metrics are scraped, so every instance reports the same shared backlog
 * and a balancer's or an alert's view never depends on which instance answered.
 */
@ApplicationScoped
class OutboxMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Inject Outbox outbox;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge("amtsplan_outbox_pending", outbox::pendingCount);
    }
}
