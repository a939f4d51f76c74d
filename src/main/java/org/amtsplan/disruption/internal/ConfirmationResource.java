package org.amtsplan.disruption.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.AccessToken;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AppointmentView;
import org.amtsplan.scheduling.api.Appointments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed confirmation of an appointment, for the citizen's phone or printout: the payload, and
 * the same as a QR code. A clerk checks it with the verification page, without the server.
 */
@Path("confirmations/{code}")
@ApplicationScoped
@Tag(name = "Offline kit")
public class ConfirmationResource {

    public record SignedConfirmation(String code, String payload) {}

    @Inject Appointments appointments;
    @Inject ConfirmationSigning confirmations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signierte Bestätigung / signed confirmation")
    @PermitAll
    public SignedConfirmation payload(
            @PathParam("code") String code, @BeanParam AccessToken token) {
        return new SignedConfirmation(code, signedPayload(code, token.value()));
    }

    @GET
    @Produces("image/png")
    @Operation(summary = "Signierte Bestätigung als QR-Code / signed confirmation as QR code")
    @PermitAll
    public Response qrCode(@PathParam("code") String code, @BeanParam AccessToken token) {
        String payload = signedPayload(code, token.value());
        return Response.ok(confirmations.qrCode(payload), "image/png").build();
    }

    private String signedPayload(String code, String token) {
        AppointmentView appointment = appointments.find(code, token);
        return confirmations
                .sign(
                        appointment.code(),
                        appointment.unit(),
                        appointment.location(),
                        appointment.start(),
                        appointment.name())
                .orElseThrow(
                        () ->
                                new ProblemException(
                                        503,
                                        "about:blank",
                                        Message.of("disruption.confirmation.signingNotConfigured"),
                                        List.of(),
                                        Map.of()));
    }
}
