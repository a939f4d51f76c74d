package org.amtsplan.scheduling.internal.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.amtsplan.identity.NotUnitScoped;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.scheduling.api.DefineLocation;
import org.amtsplan.scheduling.api.Location;
import org.amtsplan.scheduling.api.Locations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("locations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
@SecurityRequirement(name = "staff")
public class LocationResource {

    @Inject Locations locations;

    @Context UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Standort anlegen / add a service centre")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @NotUnitScoped("locations are shared by every unit; any head may add one")
    public Response define(@Valid DefineLocation command) {
        Location created = locations.define(command);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Alle Standorte / all service centres")
    @PermitAll
    public List<Location> list() {
        return locations.all();
    }
}
