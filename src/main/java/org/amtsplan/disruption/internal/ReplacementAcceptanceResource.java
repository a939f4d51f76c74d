package org.amtsplan.disruption.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.amtsplan.platform.AccessToken;
import org.amtsplan.platform.OptionalBody;
import org.amtsplan.scheduling.api.AppointmentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The citizen's answer to a disruption (api.md section "Citizens"): accepting a replacement. The
 * secret token comes as query parameter {@code token} or header {@code X-Access-Token}.
 */
@Path("appointments/{code}/replacement")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizens")
public class ReplacementAcceptanceResource {

    /** Body of an acceptance: another reserved start than the proposal, if wanted. */
    public record Accept(String start) {}

    @Inject ReplacementAcceptances acceptances;

    @POST
    @Path("accept")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Ersatztermin annehmen / accept a replacement")
    @PermitAll
    public AppointmentView acceptReplacement(
            @PathParam("code") String code, @BeanParam AccessToken token, String body) {
        return acceptances.accept(
                code, token.value(), OptionalBody.parse(body, Accept.class).map(Accept::start));
    }
}
