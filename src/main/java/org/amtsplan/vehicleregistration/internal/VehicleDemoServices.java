package org.amtsplan.vehicleregistration.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.amtsplan.platform.DemoDataRequested;
import org.amtsplan.scheduling.api.DefineService;
import org.amtsplan.scheduling.api.ServiceCatalogue;

/** The demo city's vehicle registration services. */
@ApplicationScoped
public class VehicleDemoServices {

    @Inject ServiceCatalogue catalogue;

    void addDemoServices(@Observes @Priority(DemoDataRequested.SERVICES) DemoDataRequested event) {
        String unit = VehicleRegistrationUnits.UNIT;
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "kfz-neuzulassung",
                        "Neuzulassung eines Fahrzeugs",
                        "New vehicle registration",
                        30,
                        true,
                        null,
                        List.of(
                                "Personalausweis oder Reisepass",
                                "Zulassungsbescheinigung Teil II",
                                "eVB-Nummer der Versicherung",
                                "SEPA-Lastschriftmandat für die Kfz-Steuer"),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "kfz-umschreibung",
                        "Umschreibung (Halterwechsel)",
                        "Change of keeper",
                        30,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "kfz-ausserbetriebsetzung",
                        "Außerbetriebsetzung",
                        "Deregistration",
                        15,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "kfz-wunschkennzeichen",
                        "Wunschkennzeichen zuteilen",
                        "Personalised number plate",
                        15,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "kfz-wiederzulassung",
                        "Wiederzulassung",
                        "Re-registration",
                        30,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "kfz-adressaenderung",
                        "Adressänderung im Fahrzeugschein",
                        "Change of address",
                        15,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                unit,
                new DefineService(
                        "kfz-haendler",
                        "Händlerzulassung (Sammelzulassung)",
                        "Dealer batch registration",
                        15,
                        false,
                        null,
                        List.of(),
                        List.of()));
    }
}
