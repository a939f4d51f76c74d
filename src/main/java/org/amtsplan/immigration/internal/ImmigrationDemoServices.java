package org.amtsplan.immigration.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.amtsplan.platform.DemoDataRequested;
import org.amtsplan.scheduling.api.DefineService;
import org.amtsplan.scheduling.api.ServiceCatalogue;

/** The demo city's immigration office services. */
@ApplicationScoped
public class ImmigrationDemoServices {

    @Inject ServiceCatalogue catalogue;

    void addDemoServices(@Observes @Priority(DemoDataRequested.SERVICES) DemoDataRequested event) {
        String unit = ImmigrationUnits.UNIT;
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "aufenthalt-verlaengerung",
                        "Aufenthaltserlaubnis verlängern",
                        "Extend residence permit",
                        30,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "niederlassungserlaubnis",
                        "Niederlassungserlaubnis beantragen",
                        "Apply for settlement permit",
                        45,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "verpflichtungserklaerung",
                        "Verpflichtungserklärung abgeben",
                        "Formal obligation for a visitor",
                        30,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "aufenthalt-uebertrag",
                        "Aufenthaltstitel in neuen Pass übertragen",
                        "Transfer permit to a new passport",
                        15,
                        true,
                        null,
                        List.of(),
                        List.of()));
    }
}
