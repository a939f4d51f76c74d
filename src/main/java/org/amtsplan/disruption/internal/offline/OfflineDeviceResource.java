package org.amtsplan.disruption.internal.offline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.JsonRulesPerItem;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One offline device: revoking it, the synchronisation of its actions, its recorded actions. */
@Path("offline-devices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offline counter")
@SecurityRequirement(name = "staff")
public class OfflineDeviceResource {

    @Inject OfflineDevices devices;
    @Inject Synchronisation synchronisation;
    @Inject ActionLedger ledger;

    @Context SecurityContext security;

    /** An action as the device's list of recorded actions shows it. */
    public record RecordedAction(
            String id,
            Long sequence,
            OffsetDateTime at,
            String type,
            String result,
            Map<String, Object> problem,
            ActionLedger.TicketRef ticket,
            OffsetDateTime receivedAt,
            Map<String, Object> action) {}

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Gerät sperren / revoke a device",
            description = "its numbers are never handed out again; it issues no more tickets")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "id", resolver = "offline-device")
    public Response revoke(@PathParam("id") String id) {
        devices.revoke(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Offline Erledigtes übertragen / synchronise what was done offline",
            description =
                    "{actions: [{id, sequence, at, type, ...}]}, up to 500; one result per action: APPLIED, ALREADY_DONE, CONFLICT or REJECTED")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "id", resolver = "offline-device")
    @JsonRulesPerItem(maxItems = Synchronisation.MAX_ACTIONS)
    public Synchronisation.Results synchronise(
            @PathParam("id") String id, String body, @Context HttpServletRequest request) {
        return synchronisation.synchronise(id, body, caller(), Languages.of(request));
    }

    @GET
    @Path("{id}/actions")
    @Operation(
            summary =
                    "Übertragene Aktionen eines Geräts / the actions received from a device, e.g. its conflicts",
            description =
                    "result: APPLIED, CONFLICT or REJECTED (all when left out); dismissed ones are left out")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "id", resolver = "offline-device")
    public List<RecordedAction> actions(
            @PathParam("id") String id,
            @QueryParam("result") String result,
            @Context HttpServletRequest request) {
        if (result != null
                && !Set.of(ActionLedger.APPLIED, ActionLedger.CONFLICT, ActionLedger.REJECTED)
                        .contains(result)) {
            throw ProblemException.invalid("result", "disruption.offline.result");
        }
        String language = Languages.of(request);
        // the action as received, for a conflict or rejection only: the page lists an open one by
        // name and can send it anew, also when its own list is gone (storage wiped, another
        // browser profile)
        return ledger.of(id, result).stream()
                .map(
                        e ->
                                new RecordedAction(
                                        e.id(),
                                        e.sequence(),
                                        e.at(),
                                        e.type(),
                                        e.result(),
                                        Synchronisation.storedProblem(e, language),
                                        e.ticket(),
                                        e.receivedAt(),
                                        OfflineDevices.asReceived(e.payload())))
                .toList();
    }

    @POST
    @Path("{id}/actions/{actionId}/dismiss")
    @Operation(
            summary = "Konflikt als erledigt markieren / dismiss a conflict once it is resolved",
            description = "the action leaves the device's list; it stays recorded")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "id", resolver = "offline-device")
    public Response dismiss(@PathParam("id") String id, @PathParam("actionId") String actionId) {
        if (actionId == null
                || actionId.length() > 36
                || !ledger.dismiss(id, actionId.toLowerCase(java.util.Locale.ROOT))) {
            throw ProblemException.notFound("disruption.offline.noSuchAction");
        }
        return Response.ok(
                        Map.of(
                                "id",
                                actionId.toLowerCase(java.util.Locale.ROOT),
                                "dismissed",
                                true))
                .build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
