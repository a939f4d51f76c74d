package org.amtsplan.disruption.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.amtsplan.identity.NotUnitScoped;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.CsvCells;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.OptionalBody;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Disruptions (api.md section "Disruption"), for heads and admins. */
@Path("disruptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disruption")
@SecurityRequirement(name = "staff")
public class DisruptionResource {

    /**
     * Body of a rebooking: only these reserved sessions are filled; left out, all of the
     * disruption's.
     */
    public record Rebook(List<Long> sessions) {}

    private static final Logger LOG = Logger.getLogger(DisruptionResource.class.getName());

    @Inject DisruptionService disruptions;
    @Inject OfflineKitExport export;
    @Resource ManagedExecutorService executor;

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Vorschau: wer wäre betroffen (ändert nichts) / preview: who would be affected (changes nothing)")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(body = "units", everyUnit = true)
    public DisruptionService.Preview preview(DisruptionService.Declaration declaration) {
        return disruptions.preview(declaration);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Störung erklären / declare a disruption")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(body = "units", everyUnit = true)
    public Response declare(DisruptionService.Declaration declaration) {
        DisruptionService.Declared declared = disruptions.declare(declaration);
        // the declaration is committed: write fresh day lists for staff working on paper now,
        // beside the
        // answer rather than before it (the lists of the whole city take longer than the
        // declaration)
        executor.execute(
                () -> {
                    try {
                        export.exportNow();
                    } catch (RuntimeException e) {
                        LOG.log(
                                Level.WARNING,
                                "Offline kit export after declaring " + declared.id() + " failed",
                                e);
                    }
                });
        return Response.status(Response.Status.CREATED).entity(declared).build();
    }

    @GET
    @Operation(
            summary =
                    "Störungen der eigenen Bereiche mit Fortschritt, neueste zuerst / the disruptions of one's units with their progress, newest first")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @NotUnitScoped(
            "a list over the caller's units: the access filter's authorisation (CurrentStaff)"
                    + " leaves out every disruption and every unit's figures outside them")
    public List<DisruptionService.Summary> list() {
        return disruptions.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Fortschritt / progress")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "id", resolver = "disruption")
    public DisruptionService.Progress progress(@PathParam("id") String id) {
        return disruptions.progress(id);
    }

    @GET
    @Path("{id}/contacts")
    @Produces("application/json;qs=1")
    @Operation(summary = "Betroffene mit Kontaktdaten / the affected with their contact data")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "id", resolver = "disruption")
    public List<DisruptionService.Contact> contacts(@PathParam("id") String id) {
        return disruptions.contacts(id);
    }

    @GET
    @Path("{id}/contacts")
    @Produces("text/csv;qs=0.5")
    @Operation(
            summary =
                    "Betroffene als CSV (Telefon- und Briefliste) / the affected as CSV (phone and letter list)")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "id", resolver = "disruption")
    public Response contactsCsv(@PathParam("id") String id) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CsvCells.spreadsheet(out)) {
            csv.printRecord(
                    "code",
                    "name",
                    "phone",
                    "email",
                    "unit",
                    "location",
                    "originalStart",
                    "replacementStart",
                    "kind");
            for (DisruptionService.Contact c : disruptions.contacts(id)) {
                csv.printRecord(
                        CsvCells.row(
                                c.code(),
                                c.name(),
                                c.phone(),
                                c.email(),
                                c.unit(),
                                c.location(),
                                c.originalStart(),
                                c.replacementStart(),
                                c.kind()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8").build();
    }

    @GET
    @Path("{id}/cases")
    @Operation(
            summary =
                    "Unterbrochene Vorgänge mit dem, was offline erfasst wurde / the interrupted cases with what was recorded offline")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "id", resolver = "disruption")
    public List<DisruptionService.InterruptedCase> cases(
            @PathParam("id") String id, @Context HttpServletRequest request) {
        return disruptions.cases(id, Languages.of(request));
    }

    @POST
    @Path("{id}/lift")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(
            summary =
                    "Störung vorzeitig aufheben: nicht Umgebuchtes findet doch statt / lift early: what was not rebooked takes place")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "id", resolver = "disruption", everyUnit = true)
    public DisruptionService.Lifted lift(@PathParam("id") String id) {
        return disruptions.lift(id);
    }

    @POST
    @Path("{id}/rebook")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Ersatztermine vorschlagen / propose replacements")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "id", resolver = "disruption")
    public DisruptionService.RebookResult rebook(@PathParam("id") String id, String body) {
        List<Long> sessions =
                OptionalBody.parse(body, Rebook.class).map(Rebook::sessions).orElse(null);
        return disruptions.rebook(id, sessions == null ? Set.of() : Set.copyOf(sessions));
    }
}
