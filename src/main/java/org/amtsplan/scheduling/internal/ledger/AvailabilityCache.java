package org.amtsplan.scheduling.internal.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.Supplier;
import org.amtsplan.scheduling.internal.catalogue.ConfigurationChanged;
import org.amtsplan.scheduling.internal.support.MomentCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public availability answers of the last moment, as the JSON sent. When a popular office opens
 * its calendar, many people (and bots) ask the same question at once; answering them from one
 * computation keeps the server responsive. Any change to seats, calendars or rules made on this
 * instance drops every entry at once; a change made on another instance shows after at most {@code
 * amtsplan.availability.cacheMillis} (default one second). Availability is advice; the booking
 * itself always decides against the ledger, so a stale answer costs a 409, never an overbooking.
 */
@ApplicationScoped
class AvailabilityCache {

    @Inject
    @ConfigProperty(name = "amtsplan.availability.cacheMillis", defaultValue = "1000")
    long cacheMillis;

    @Resource TransactionSynchronizationRegistry transactions;

    private MomentCache answers;

    @PostConstruct
    void create() {
        answers = new MomentCache(cacheMillis);
    }

    /** The cached answer to this question, or a fresh one from {@code compute}. */
    public String answer(
            List<String> services,
            String location,
            String from,
            String to,
            Supplier<String> compute) {
        String key =
                String.join(",", services == null ? List.of() : services)
                        + "|"
                        + location
                        + "|"
                        + from
                        + "|"
                        + to;
        return answers.get(key, compute);
    }

    /** Something that changes availability happened on this instance. */
    void invalidate() {
        answers.invalidate(transactions);
    }

    /** Calendars or rules changed on this instance: availability computed from them is stale. */
    void invalidate(@Observes ConfigurationChanged change) {
        invalidate();
    }
}
