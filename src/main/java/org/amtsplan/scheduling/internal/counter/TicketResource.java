package org.amtsplan.scheduling.internal.counter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.OptionalBody;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.CaseDraft;
import org.amtsplan.scheduling.api.CounterWork;
import org.amtsplan.scheduling.api.TicketAction;
import org.amtsplan.scheduling.api.TicketView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A clerk's actions on one ticket. */
@Path("tickets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Counter")
@SecurityRequirement(name = "staff")
public class TicketResource {

    @Inject CounterWork counterWork;

    @Context SecurityContext security;

    @GET
    @Path("{id}")
    @Operation(summary = "Wartenummer mit Vorgang / a ticket with its case")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "id", resolver = "ticket")
    public TicketView ticket(@PathParam("id") String id) {
        return counterWork.ticket(id(id));
    }

    @POST
    @Path("{id}/{action}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(
            summary = "Aktion: start, finish, park, recall, missed, undo-missed, transfer",
            description =
                    "finish: {outcome (a code of the unit's rule outcomes), notes, documents}; transfer: {unit} or {counter}; recall: {counter?}; undo-missed takes back missed within the unit's undoMissedMinutes")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "id", resolver = "ticket")
    public TicketView act(
            @PathParam("id") String id, @PathParam("action") String action, String body) {
        // most actions come without a body; only finish, transfer and recall carry one
        TicketAction details =
                OptionalBody.parse(body, TicketAction.class).orElse(TicketAction.NONE);
        return counterWork.act(id(id), action, details, security.getUserPrincipal().getName());
    }

    @PUT
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Entwurf des Vorgangs speichern / keep the case's notes typed so far",
            description =
                    "{notes, documents}: kept in the open case until finish; 409 when the case is not being worked on")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "id", resolver = "ticket")
    public TicketView saveDraft(@PathParam("id") String id, CaseDraft draft) {
        return counterWork.saveDraft(id(id), draft);
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("scheduling.ticket.notFound");
        }
    }
}
