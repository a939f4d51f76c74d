package org.amtsplan.identity.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.NotUnitScoped;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff accounts (admins). */
@Path("staff")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
@SecurityRequirement(name = "staff")
public class StaffResource {

    @Inject StaffDirectory directory;
    @Inject CurrentStaff currentStaff;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Konto anlegen / create an account")
    @RolesAllowed({StaffRoles.ADMIN})
    public Response create(StaffDirectory.NewAccount account) {
        return Response.status(Response.Status.CREATED).entity(directory.create(account)).build();
    }

    @GET
    @Operation(summary = "Alle Konten / all accounts")
    @RolesAllowed({StaffRoles.ADMIN})
    public List<StaffDirectory.AccountView> all() {
        return directory.all();
    }

    @GET
    @Path("me")
    @Operation(
            summary =
                    "Das eigene Konto: Rollen, Bereiche, Händler / your own account: roles, units, dealer")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK, StaffRoles.DEALER})
    @NotUnitScoped("the caller's own account")
    public StaffMember me() {
        // the filter has authenticated the request; anonymous callers got 401 before this
        return currentStaff
                .get()
                .orElseThrow(
                        () -> ProblemException.of(401, "about:blank", "identity.pleaseSignIn"));
    }

    @POST
    @Path("{username}/unlock")
    @Operation(
            summary = "Sperre nach Fehlversuchen aufheben / lift the lock-out after failed logins")
    @RolesAllowed({StaffRoles.ADMIN})
    public Response unlock(@PathParam("username") String username) {
        directory.unlock(username);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Konto löschen / delete an account")
    @RolesAllowed({StaffRoles.ADMIN})
    public Response remove(@PathParam("username") String username) {
        directory.remove(username);
        return Response.noContent().build();
    }
}
