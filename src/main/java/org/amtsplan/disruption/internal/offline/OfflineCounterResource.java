package org.amtsplan.disruption.internal.offline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.Languages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The offline counter at a unit and location: registering its devices, and its local copy. */
@Path("units/{unit}/locations/{location}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offline counter")
@SecurityRequirement(name = "staff")
public class OfflineCounterResource {

    @Inject OfflineDevices devices;
    @Inject OfflineCopy copy;

    @Context SecurityContext security;

    @POST
    @Path("offline-devices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Gerät für den Offline-Schalter anmelden / register a device for the offline counter",
            description =
                    "{name}: 1-80 characters; the device gets a block of walk-in numbers that no one else gets")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public Response register(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            OfflineDevices.Register body) {
        return Response.status(Response.Status.CREATED)
                .entity(devices.register(unit, location, body, caller()))
                .build();
    }

    @GET
    @Path("offline-devices")
    @Operation(
            summary =
                    "Geräte des Offline-Schalters / the devices of the offline counter at a location")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public List<OfflineDevices.Device> devices(
            @PathParam("unit") String unit, @PathParam("location") String location) {
        return devices.list(unit, location);
    }

    @GET
    @Path("offline-copy")
    @Operation(
            summary =
                    "Lokale Kopie für den Offline-Schalter / the local copy for the offline counter",
            description =
                    "today's and the next working days' appointments, services, outcomes, counters and the QR confirmations' public key")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public OfflineCopy.Copy copy(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @Context HttpServletRequest request) {
        return copy.copy(unit, location, Languages.of(request));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
