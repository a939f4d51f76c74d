package org.amtsplan.scheduling.internal.counter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.support.CityTime;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Queue lengths for operators ({@code amtsplan_queue_waiting}, one series per unit): tickets of the
 * day still waiting, read from the shared table when the metrics are scraped, so every instance
 * reports the same queue.
 */
@ApplicationScoped
class QueueMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Inject Units units;
    @Inject TicketRepository tickets;
    @Inject Clock clock;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (UnitDescription unit : units.all()) {
            metrics.gauge(
                    "amtsplan_queue_waiting",
                    () -> tickets.waiting(unit.id(), CityTime.now(clock).toLocalDate()),
                    new Tag("unit", unit.id()));
        }
    }
}
