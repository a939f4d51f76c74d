package org.amtsplan.vehicleregistration.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.amtsplan.platform.DemoDataRequested;

/** The demo city's car dealership; the demo dealer account (identity) refers to the same id. */
@ApplicationScoped
public class VehicleDemoDealers {

    static final String DEMO_DEALER = "autohaus-nord";

    @Inject DealerBatches batches;

    void addDemoDealer(@Observes @Priority(DemoDataRequested.SERVICES) DemoDataRequested event) {
        batches.ensureDealer(DEMO_DEALER, "Autohaus Nord GmbH", 40);
    }
}
