package org.amtsplan.scheduling.internal.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import org.amtsplan.scheduling.internal.support.MomentCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Unit rules and day plans of the last moment. Every booking reads both (five queries); they change
 * only when a head edits opening hours, closures, sessions or rules. An edit on this instance drops
 * them at once; an edit on another instance is seen after at most {@code
 * amtsplan.configuration.cacheMillis} (default one second). Seats are never cached: the ledger
 * decides every booking.
 */
@ApplicationScoped
public class ConfigurationCache {

    @Inject
    @ConfigProperty(name = "amtsplan.configuration.cacheMillis", defaultValue = "1000")
    long cacheMillis;

    @Resource TransactionSynchronizationRegistry transactions;

    private MomentCache values;

    @PostConstruct
    void create() {
        values = new MomentCache(cacheMillis);
    }

    public <T> T get(String key, Supplier<T> compute) {
        return values.get(key, compute);
    }

    /** Opening hours, closures, sessions or rules changed on this instance. */
    void invalidate(@Observes ConfigurationChanged change) {
        values.invalidate(transactions);
    }
}
