package org.amtsplan.disruption.internal;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.Languages;
import org.amtsplan.scheduling.api.AppointmentLists;
import org.amtsplan.scheduling.api.DayListEntry;
import org.amtsplan.scheduling.api.UnitAtLocation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The offline kit: day lists to print, the export ahead of time, and paper reconciliation. */
@Path("units/{unit}/locations/{location}")
@ApplicationScoped
@Tag(name = "Offline kit")
@SecurityRequirement(name = "staff")
public class OfflineKitResource {

    @Inject AppointmentLists lists;
    @Inject OfflineKitExport export;
    @Inject PaperReconciliation reconciliation;

    @GET
    @Path("day-list")
    @Produces("application/pdf;qs=1")
    @Operation(summary = "Terminliste des Tages als PDF / the day's appointment list as PDF")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public Response pdf(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @QueryParam("date") String date) {
        LocalDate day = day(date);
        List<DayListEntry> entries = lists.dayList(unit, location, day);
        byte[] pdf =
                DayListDocuments.pdf(
                        export.heading(new UnitAtLocation(unit, location), day), entries);
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"terminliste-"
                                + day
                                + "-"
                                + unit
                                + "-"
                                + location
                                + ".pdf\"")
                .build();
    }

    @GET
    @Path("day-list")
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "Terminliste des Tages als CSV / the day's appointment list as CSV")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public Response csv(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @QueryParam("date") String date) {
        LocalDate day = day(date);
        return Response.ok(
                        DayListDocuments.csv(lists.dayList(unit, location, day)),
                        "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"terminliste-"
                                + day
                                + "-"
                                + unit
                                + "-"
                                + location
                                + ".csv\"")
                .build();
    }

    @POST
    @Path("reconciliation")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Auf Papier Erledigtes nachtragen (CSV) / enter what was handled on paper (CSV)")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public PaperReconciliation.Result reconcile(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            String csv,
            @Context HttpServletRequest request) {
        return reconciliation.importCsv(unit, location, csv, Languages.of(request));
    }

    private static LocalDate day(String value) {
        return org.amtsplan.platform.CityDates.date("date", value);
    }
}
