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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.amtsplan.identity.KioskMay;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.CounterWork;
import org.amtsplan.scheduling.api.CountersToday;
import org.amtsplan.scheduling.api.IssueTicket;
import org.amtsplan.scheduling.api.TicketView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tickets and the queue of a unit at a location (clerks). */
@Path("units/{unit}/locations/{location}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Counter")
@SecurityRequirement(name = "staff")
public class CounterResource {

    /** Body of call-next. */
    public record CallNext(String counter) {}

    /** Body of a counter limit. */
    public record CounterServices(List<String> services) {}

    @Inject CounterWork counterWork;

    @Context SecurityContext security;

    @POST
    @Path("tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Einchecken oder Spontankunde / check-in or walk-in")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    @KioskMay
    public Response issue(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            IssueTicket command) {
        TicketView ticket = counterWork.issue(unit, location, command);
        return Response.status(Response.Status.CREATED).entity(ticket).build();
    }

    @GET
    @Path("queue")
    @Operation(summary = "Warteschlange in Aufrufreihenfolge / the queue in calling order")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public List<TicketView> queue(
            @PathParam("unit") String unit, @PathParam("location") String location) {
        return counterWork.queue(unit, location);
    }

    @GET
    @Path("parked")
    @Operation(summary = "Zurückgestellte Nummern von heute / today's tickets stepped aside")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public List<TicketView> parked(
            @PathParam("unit") String unit, @PathParam("location") String location) {
        return counterWork.parked(unit, location);
    }

    @POST
    @Path("queue/call-next")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nächste Nummer aufrufen / call the next ticket")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public Response callNext(
            @PathParam("unit") String unit, @PathParam("location") String location, CallNext body) {
        return counterWork
                .callNext(
                        unit,
                        location,
                        body == null ? null : body.counter(),
                        security.getUserPrincipal().getName())
                .map(ticket -> Response.ok(ticket).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("counters")
    @Operation(
            summary = "Heute besetzte Schalter / the counters staffed now",
            description =
                    "The counters 1 to n of the sessions running now (outside them the day's most); empty on a closed day")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public CountersToday counters(
            @PathParam("unit") String unit, @PathParam("location") String location) {
        return counterWork.counters(unit, location);
    }

    @GET
    @Path("counters/{counter}/current")
    @Operation(
            summary = "Wer gerade am Schalter ist / the ticket at a counter now",
            description =
                    "The ticket called to or served at this counter today, with its case and draft; 204 when nobody is")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(path = "unit")
    public Response current(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @PathParam("counter") String counter) {
        if (counter.isBlank() || counter.length() > 40) {
            throw ProblemException.invalid("counter", "scheduling.counter.required");
        }
        return counterWork
                .current(unit, location, counter)
                .map(ticket -> Response.ok(ticket).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Path("counters/{counter}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schalter auf Dienstleistungen beschränken / limit a counter to services")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(path = "unit")
    public CounterServices limitCounter(
            @PathParam("unit") String unit,
            @PathParam("location") String location,
            @PathParam("counter") String counter,
            CounterServices body) {
        if (body == null || body.services() == null) {
            // an empty list means "every service"; a missing one is a mistake, not that
            throw ProblemException.invalid("services", "scheduling.counter.servicesRequired");
        }
        return new CounterServices(
                counterWork.limitCounter(unit, location, counter, body.services()));
    }
}
