package org.amtsplan.scheduling.internal.ledger;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amtsplan.platform.RateLimited;
import org.amtsplan.scheduling.api.Availability;
import org.amtsplan.scheduling.api.FreeSlot;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("availability")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizens")
public class AvailabilityResource {

    @Inject Availability availability;
    @Inject AvailabilityCache cache;

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @GET
    @RateLimited("availability")
    @Operation(
            summary = "Freie Termine / free slots",
            description =
                    "service may repeat for several services of one unit; from and to as YYYY-MM-DD (at most 62 days)")
    @APIResponse(
            responseCode = "200",
            description = "free slots / freie Termine",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = FreeSlot.class)))
    @PermitAll
    public String find(
            @QueryParam("service") List<String> services,
            @QueryParam("location") String location,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        // computed, or the same question's answer of the last moment (see AvailabilityCache)
        return cache.answer(
                services,
                location,
                from,
                to,
                () -> JSONB.toJson(availability.find(services, location, from, to)));
    }
}
