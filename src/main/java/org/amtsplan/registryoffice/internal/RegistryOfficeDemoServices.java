package org.amtsplan.registryoffice.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.amtsplan.platform.DemoDataRequested;
import org.amtsplan.scheduling.api.DefineService;
import org.amtsplan.scheduling.api.ServiceCatalogue;

/** The demo city's registry office and citizenship services. */
@ApplicationScoped
public class RegistryOfficeDemoServices {

    @Inject ServiceCatalogue catalogue;

    void addDemoServices(@Observes @Priority(DemoDataRequested.SERVICES) DemoDataRequested event) {
        String civil = RegistryOfficeUnits.CIVIL_REGISTRY;
        catalogue.defineIfAbsent(
                civil,
                new DefineService(
                        "ehe-anmeldung",
                        "Eheschließung anmelden",
                        "Register an intended marriage",
                        60,
                        true,
                        null,
                        List.of("Personalausweis oder Reisepass", "Geburtsurkunden beider Partner"),
                        List.of(
                                "Identity card or passport",
                                "Birth certificates of both partners")));
        catalogue.defineIfAbsent(
                civil,
                new DefineService(
                        "geburtsurkunde",
                        "Geburtsurkunde ausstellen",
                        "Birth certificate",
                        15,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                civil,
                new DefineService(
                        "sterbeurkunde",
                        "Sterbefall beurkunden",
                        "Register a death",
                        30,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                civil,
                new DefineService(
                        "namenserklaerung",
                        "Namenserklärung abgeben",
                        "Declaration of name",
                        30,
                        true,
                        null,
                        List.of(),
                        List.of()));
        String citizenship = RegistryOfficeUnits.CITIZENSHIP;
        catalogue.defineIfAbsent(
                citizenship,
                new DefineService(
                        "einbuergerung-beratung",
                        "Einbürgerungsberatung",
                        "Naturalisation advice",
                        30,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                citizenship,
                new DefineService(
                        "einbuergerung-antrag",
                        "Einbürgerungsantrag abgeben",
                        "Submit naturalisation application",
                        60,
                        true,
                        null,
                        List.of(),
                        List.of()));
        catalogue.defineIfAbsent(
                citizenship,
                new DefineService(
                        "staatsangehoerigkeitsausweis",
                        "Staatsangehörigkeitsausweis beantragen",
                        "Certificate of citizenship",
                        30,
                        true,
                        null,
                        List.of(),
                        List.of()));
    }
}
