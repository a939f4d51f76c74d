package org.amtsplan.scheduling.internal.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.platform.AccessToken;
import org.amtsplan.platform.RateLimited;
import org.amtsplan.platform.RequiresProofOfWork;
import org.amtsplan.scheduling.api.AppointmentView;
import org.amtsplan.scheduling.api.Appointments;
import org.amtsplan.scheduling.api.BookAppointment;
import org.amtsplan.scheduling.api.HoldSeat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Booking and the citizen's own appointment. The secret token comes as query parameter {@code
 * token} or header {@code X-Access-Token}; staff credentials, when sent, make a booking BOOKED at
 * once (phone booking).
 */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizens")
public class AppointmentResource {

    /** Body of a reschedule request. */
    public record Reschedule(java.time.OffsetDateTime start) {}

    @Inject Appointments appointments;

    @Context SecurityContext security;
    @Context UriInfo uriInfo;

    @POST
    @Path("holds")
    @RateLimited("booking")
    @RequiresProofOfWork
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Platz kurz reservieren / hold a slot while the form is filled in")
    @PermitAll
    public Response hold(HoldSeat command) {
        AppointmentView held = appointments.hold(command);
        return Response.status(Response.Status.CREATED).entity(held).build();
    }

    @POST
    @Path("appointments")
    @RateLimited("booking")
    @RequiresProofOfWork
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Termin buchen / book an appointment")
    @PermitAll
    @ScopedBy(body = "*", resolver = "booking")
    public Response book(
            @Valid BookAppointment command, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        AppointmentView booked =
                appointments.book(command, staff(), Optional.ofNullable(idempotencyKey));
        return Response.created(
                        uriInfo.getBaseUriBuilder()
                                .path("appointments")
                                .path(booked.code())
                                .build())
                .entity(booked)
                .build();
    }

    @POST
    @Path("appointments/{code}/confirm")
    @Operation(summary = "Termin bestätigen / confirm an appointment")
    @PermitAll
    public AppointmentView confirm(@PathParam("code") String code, @BeanParam AccessToken token) {
        return appointments.confirm(code, token.value());
    }

    @GET
    @Path("appointments/{code}")
    @Operation(summary = "Eigener Termin / one's own appointment")
    @PermitAll
    public AppointmentView find(@PathParam("code") String code, @BeanParam AccessToken token) {
        return appointments.find(code, token.value());
    }

    @DELETE
    @Path("appointments/{code}")
    @Operation(summary = "Termin absagen / cancel an appointment")
    @PermitAll
    public Response cancel(@PathParam("code") String code, @BeanParam AccessToken token) {
        appointments.cancel(code, token.value(), staff());
        return Response.noContent().build();
    }

    @POST
    @Path("appointments/{code}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Termin verlegen / reschedule an appointment")
    @PermitAll
    public AppointmentView reschedule(
            @PathParam("code") String code, @BeanParam AccessToken token, Reschedule body) {
        return appointments.reschedule(
                code, token.value(), body == null ? null : body.start(), staff());
    }

    @GET
    @Path("appointments/{code}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "Kalenderdatei / calendar file")
    @PermitAll
    public Response calendar(@PathParam("code") String code, @BeanParam AccessToken token) {
        return Response.ok(appointments.calendarFile(code, token.value()))
                .type("text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"termin-" + code + ".ics\"")
                .build();
    }

    private Optional<String> staff() {
        return Optional.ofNullable(security.getUserPrincipal()).map(p -> p.getName());
    }
}
