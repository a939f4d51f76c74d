package org.amtsplan.scheduling.internal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.DefineService;
import org.amtsplan.scheduling.api.Service;
import org.amtsplan.scheduling.api.ServiceCatalogue;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.catalogue.ServiceResource.ServiceJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's configuration below {@code /api/units/{unit}}: its services and its rules. */
@Path("units/{unit}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
@SecurityRequirement(name = "staff")
public class UnitConfigurationResource {

    @Inject ServiceCatalogue catalogue;
    @Inject UnitRulesConfiguration rules;
    @Inject Units units;

    @GET
    @Path("rules")
    @Operation(summary = "Regeln der Einheit / the unit's rules")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public JsonObject rules(@PathParam("unit") String unit) {
        units.require(unit);
        return rules.rules(unit).json();
    }

    @PUT
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Regeln ändern / change rules",
            description = "Nur die genannten Schlüssel ändern sich / only the given keys change")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT)))
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "unit")
    public JsonObject changeRules(@PathParam("unit") String unit, String body) {
        // read here, not by the JSON-P provider: an array or a string must be a 400, not a failed
        // method call
        JsonValue changes;
        try (JsonReader reader = JsonObjects.reader(new StringReader(body == null ? "" : body))) {
            changes = reader.readValue();
        } catch (JsonException | IllegalStateException malformed) {
            throw ProblemException.of(400, "about:blank", "platform.malformedJson");
        }
        if (!(changes instanceof JsonObject object)) {
            throw ProblemException.invalid("body", "scheduling.rules.bodyRequired");
        }
        return rules.change(unit, object).json();
    }

    @POST
    @Path("services")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dienstleistung einer Einheit anlegen / add a service to a unit")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "unit")
    public Response define(
            @PathParam("unit") String unit,
            @Valid DefineService command,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Service created = catalogue.define(unit, command);
        return Response.created(URI.create("/api/services?unit=" + unit))
                .entity(ServiceJson.of(created, Languages.preferred(acceptLanguage)))
                .build();
    }
}
