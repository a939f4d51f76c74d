package org.amtsplan.disruption.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amtsplan.platform.AccessToken;
import org.amtsplan.platform.OptionalBody;
import org.amtsplan.scheduling.api.AppointmentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The citizen's answer to a disruption (api.md section "Citizens"): accepting a replacement, the
 * other reserved times to choose from, or declining. The secret token comes as query parameter
 * {@code token} or header {@code X-Access-Token}.
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

    @GET
    @Path("options")
    @Operation(
            summary = "Freie Ersatztermine zur Wahl / the free replacement times to choose from",
            description =
                    "the free starts in the capacity reserved for the disruption at the appointment's unit and location, the proposal marked proposed; 409 when there is no replacement to choose (rebooked, declined, not cancelled by the office)")
    @PermitAll
    public List<ReplacementAcceptances.ReplacementOption> replacementOptions(
            @PathParam("code") String code, @BeanParam AccessToken token) {
        return acceptances.options(code, token.value());
    }

    @POST
    @Path("decline")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(
            summary = "Ersatztermin ablehnen / decline the replacement",
            description =
                    "the proposal's seat returns to the reserved capacity; the appointment stays cancelled by the office (replacement.declined), gets no further proposal and is not restored when the disruption is lifted; declining twice answers the same")
    @PermitAll
    public AppointmentView declineReplacement(
            @PathParam("code") String code, @BeanParam AccessToken token) {
        return acceptances.decline(code, token.value());
    }
}
