package org.amtsplan.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.amtsplan.platform.DemoDataRequested;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code AMTSPLAN_DEMO=true} asks every module, once the schema is ready, to add its part of
 * the demo city. Off by default: a production start never creates known passwords.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    @ConfigProperty(name = "amtsplan.demo", defaultValue = "false")
    boolean enabled;

    @Inject Event<DemoDataRequested> demoDataRequested;

    // each module's observer runs its own transaction, in priority order
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (enabled) {
            LOG.info("Demo mode: adding the demo city (locations, services, staff accounts)");
            demoDataRequested.fire(new DemoDataRequested());
        }
    }
}
