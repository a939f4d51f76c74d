package org.amtsplan.registryoffice.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.AccessToken;
import org.amtsplan.platform.OptionalBody;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RateLimited;
import org.amtsplan.platform.RequiresProofOfWork;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Certificate mailing: citizens request, the civil registry's back office processes. */
@Path("registry/certificate-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry office")
public class CertificateResource {

    public record Refusal(String reason) {}

    @Inject CertificateMailing mailing;

    @POST
    @PermitAll
    @RateLimited("booking")
    @RequiresProofOfWork
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Urkunde per Post beantragen / request a certificate by post",
            description =
                    "Anonymous callers send a solved challenge (`X-Proof-Of-Work`, see GET /api/challenges), as for bookings.")
    public Response request(CertificateMailing.NewRequest body) {
        return Response.status(Response.Status.CREATED).entity(mailing.request(body)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Stand des eigenen Antrags / status of one's own request")
    @PermitAll
    public CertificateMailing.RequestView status(
            @PathParam("id") String id, @BeanParam AccessToken token) {
        return mailing.status(id(id), token.value());
    }

    @GET
    @Operation(
            summary =
                    "Offene Anträge, älteste zuerst (Standesamt) / open requests, oldest first (civil registry)")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(unit = "civil-registry")
    public List<CertificateMailing.RequestView> backOffice() {
        return mailing.backOffice();
    }

    @POST
    @Path("{id}/{action}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Bearbeiten: start, sent, refuse {reason} / process a request")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(unit = "civil-registry")
    public CertificateMailing.RequestView act(
            @PathParam("id") String id, @PathParam("action") String action, String body) {
        return mailing.act(
                id(id),
                action,
                OptionalBody.parse(body, Refusal.class).map(Refusal::reason).orElse(null));
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("registryoffice.request.notFound");
        }
    }
}
