package org.amtsplan.scheduling.internal.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.Languages;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.Units;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("units")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
@SecurityRequirement(name = "staff")
public class UnitResource {

    /** A unit as the API shows it; {@code name} follows Accept-Language, {@code names} has both. */
    public record UnitJson(
            String id,
            String department,
            String ticketPrefix,
            String name,
            Map<String, String> names) {

        static UnitJson of(UnitDescription unit, String language) {
            return new UnitJson(
                    unit.id(),
                    unit.department(),
                    unit.ticketPrefix(),
                    unit.name(language),
                    Map.of(Languages.GERMAN, unit.nameDe(), Languages.ENGLISH, unit.nameEn()));
        }
    }

    @Inject Units units;

    @GET
    @Operation(summary = "Die Einheiten aller Abteilungen / the units of all departments")
    @PermitAll
    public List<UnitJson> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = Languages.preferred(acceptLanguage);
        return units.all().stream().map(unit -> UnitJson.of(unit, language)).toList();
    }
}
