package org.amtsplan.disruption.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The verification page: one self-contained HTML file with the public key inside, no external
 * resources, so it can be saved to a phone or laptop and checks confirmations offline (WebCrypto).
 */
@Path("verify")
@ApplicationScoped
@Tag(name = "Offline kit")
public class VerifyPageResource {

    @Inject ConfirmationSigner signer;

    @GET
    @Produces("text/html")
    @Operation(
            summary =
                    "Seite zur Prüfung von QR-Bestätigungen (offline) / page that checks QR confirmations offline")
    @PermitAll
    public Response page() {
        String html =
                template().replace("%PUBLIC_KEY%", signer.enabled() ? signer.publicKeySpki() : "");
        return Response.ok(html, "text/html; charset=UTF-8")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static String template() {
        try (InputStream in = VerifyPageResource.class.getResourceAsStream("verify.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
