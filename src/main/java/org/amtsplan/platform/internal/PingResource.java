package org.amtsplan.platform.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An endpoint that does nothing: the benchmark's baseline for what the server and JAX-RS cost
 * before any of Amtsplan's own work, and a cheap check that the API answers.
 */
@Path("ping")
@ApplicationScoped
@Tag(name = "Betrieb / operations")
public class PingResource {

    @GET
    @Operation(summary = "Leere Antwort / empty answer (204)")
    @PermitAll
    public Response ping() {
        return Response.noContent().build();
    }
}
