package org.amtsplan.disruption.internal.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only (src/test, deployed by {@code Deployments.modules} with the disruption module, never in
 * the built WAR): records a callback through the {@link Callbacks} port over HTTP, as the offline
 * counter's synchronisation does for its {@code callback} actions, so that the ITs can drive
 * callbacks like a client without that endpoint. The signed-in member of staff is the clerk.
 */
@Path("test-only/callbacks")
@ApplicationScoped
public class RecordingCallbacksOverHttp {

    @Inject Callbacks callbacks;
    @Inject CurrentStaff staff;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(body = "unit")
    public Response record(RecordCallback callback) {
        RecordCallback byCaller =
                callback == null
                        ? null
                        : new RecordCallback(
                                callback.unit(),
                                callback.location(),
                                callback.device(),
                                staff.get().orElseThrow().username(),
                                callback.at(),
                                callback.name(),
                                callback.service(),
                                callback.phone(),
                                callback.email(),
                                callback.language(),
                                callback.notes());
        return Response.status(201).entity(Map.of("id", callbacks.record(byCaller))).build();
    }
}
