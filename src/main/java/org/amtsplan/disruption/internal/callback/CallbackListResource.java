package org.amtsplan.disruption.internal.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.CsvCells;
import org.amtsplan.platform.Languages;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people to call back at a unit and location (api.md section "Callbacks"). */
@Path("units/{unit}/locations/{location}/callbacks")
@ApplicationScoped
@Tag(name = "Callbacks")
@SecurityRequirement(name = "staff")
public class CallbackListResource {

    @Inject CallbackService callbacks;

    @GET
    @Produces("application/json;qs=1")
    @Operation(
            summary =
                    "Rückrufe eines Bereichs und Standorts / the callbacks of a unit and location")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public List<CallbackService.CallbackView> list(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Context HttpServletRequest request) {
        return callbacks.list(unit, location, from, to, Languages.of(request));
    }

    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "Rückrufe als CSV (Telefonliste) / the callbacks as CSV (phone list)")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public Response csv(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Context HttpServletRequest request) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CsvCells.spreadsheet(out)) {
            csv.printRecord(
                    "id",
                    "name",
                    "phone",
                    "email",
                    "service",
                    "serviceName",
                    "notes",
                    "recordedAt",
                    "recordedBy",
                    "device",
                    "status",
                    "disruption",
                    "replacementCode",
                    "replacementStart");
            for (CallbackService.CallbackView c :
                    callbacks.list(unit, location, from, to, Languages.of(request))) {
                csv.printRecord(
                        CsvCells.row(
                                c.id(),
                                c.name(),
                                c.phone(),
                                c.email(),
                                c.service(),
                                c.serviceName(),
                                c.notes(),
                                c.recordedAt(),
                                c.recordedBy(),
                                c.device(),
                                c.status(),
                                c.disruption(),
                                c.replacement() == null ? null : c.replacement().code(),
                                c.replacement() == null ? null : c.replacement().start()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"rueckrufe-" + unit + "-" + location + ".csv\"")
                .build();
    }
}
