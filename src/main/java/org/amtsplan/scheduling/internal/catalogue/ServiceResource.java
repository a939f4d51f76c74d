package org.amtsplan.scheduling.internal.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.ServiceCatalogue;
import org.amtsplan.scheduling.api.Units;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("services")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
public class ServiceResource {

    /**
     * A service as the API shows it; {@code name} and {@code documents} follow Accept-Language
     * (German documents where there are no English ones), {@code names} has both names.
     */
    public record ServiceJson(
            String code,
            String unit,
            String name,
            Map<String, String> names,
            int durationMinutes,
            boolean onlineBookable,
            String leikaKey,
            List<String> documents) {

        static ServiceJson of(Service service, String language) {
            return new ServiceJson(
                    service.code(),
                    service.unit(),
                    service.name(language),
                    service.nameEn() == null
                            ? Map.of(Languages.GERMAN, service.nameDe())
                            : Map.of(
                                    Languages.GERMAN,
                                    service.nameDe(),
                                    Languages.ENGLISH,
                                    service.nameEn()),
                    service.durationMinutes(),
                    service.onlineBookable(),
                    service.leikaKey(),
                    service.documents(language));
        }
    }

    @Inject ServiceCatalogue catalogue;
    @Inject Units units;

    @GET
    @Operation(summary = "Dienstleistungen, alle oder einer Einheit / services, all or of one unit")
    @PermitAll
    public List<ServiceJson> list(
            @QueryParam("unit") String unit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (unit != null && !unit.isBlank() && units.find(unit).isEmpty()) {
            throw ProblemException.invalid("unit", "scheduling.unit.unknown", unit);
        }
        String language = Languages.preferred(acceptLanguage);
        Optional<String> filter = Optional.ofNullable(unit).filter(u -> !u.isBlank());
        return catalogue.list(filter).stream().map(s -> ServiceJson.of(s, language)).toList();
    }
}
