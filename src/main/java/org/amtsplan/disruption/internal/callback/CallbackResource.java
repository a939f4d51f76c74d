package org.amtsplan.disruption.internal.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One callback (api.md section "Callbacks"): marking it done. */
@Path("callbacks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Callbacks")
@SecurityRequirement(name = "staff")
public class CallbackResource {

    @Inject CallbackService callbacks;

    @POST
    @Path("{id}/done")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(
            summary =
                    "Rückruf erledigt (ein nur vorgeschlagener Ersatztermin wird freigegeben) / callback done (a replacement only proposed is released)")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "id", resolver = "callback")
    public CallbackService.CallbackView done(
            @PathParam("id") String id, @Context HttpServletRequest request) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw ProblemException.notFound("disruption.callback.notFound");
        }
        return callbacks.done(Long.parseLong(id), Languages.of(request));
    }
}
