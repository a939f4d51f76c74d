package org.amtsplan.scheduling.internal.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.scheduling.api.AddClosure;
import org.amtsplan.scheduling.api.AddSession;
import org.amtsplan.scheduling.api.Calendars;
import org.amtsplan.scheduling.api.ClosureView;
import org.amtsplan.scheduling.api.OpeningHours;
import org.amtsplan.scheduling.api.SessionView;
import org.amtsplan.scheduling.api.SetOpeningHours;
import org.amtsplan.scheduling.internal.support.QueryDates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calendar of a unit at a location: weekly hours, closures and dated sessions. */
@Path("units/{unit}/locations/{location}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
@SecurityRequirement(name = "staff")
public class UnitCalendarResource {

    @Inject Calendars calendars;

    @Context UriInfo uriInfo;

    @PUT
    @Path("opening-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wöchentliche Öffnungszeiten setzen / set the weekly opening hours")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "unit")
    public OpeningHours setOpeningHours(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            SetOpeningHours command) {
        return calendars.setOpeningHours(unit, location, command);
    }

    @GET
    @Path("opening-hours")
    @Operation(summary = "Wöchentliche Öffnungszeiten / the weekly opening hours")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public OpeningHours openingHours(
            @PathParam("unit") String unit, @PathParam("location") String location) {
        return calendars.openingHours(unit, location);
    }

    @POST
    @Path("closures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schließtag eintragen / add a closure")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "unit")
    public Response addClosure(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @Valid AddClosure command) {
        ClosureView closure = calendars.addClosure(unit, location, command);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(Long.toString(closure.id())).build())
                .entity(closure)
                .build();
    }

    @GET
    @Path("closures")
    @Operation(summary = "Schließtage in einem Zeitraum / closures in a date range")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public List<ClosureView> closures(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return calendars.closures(
                unit, location, QueryDates.required("from", from), QueryDates.required("to", to));
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Zusätzliche Sitzung anlegen / add a dated session")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "unit")
    public Response addSession(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @Valid AddSession command) {
        SessionView session = calendars.addSession(unit, location, command);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(Long.toString(session.id())).build())
                .entity(session)
                .build();
    }

    @GET
    @Path("sessions")
    @Operation(summary = "Sitzungen in einem Zeitraum / sessions in a date range")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public List<SessionView> sessions(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return calendars.sessions(
                unit, location, QueryDates.required("from", from), QueryDates.required("to", to));
    }
}
