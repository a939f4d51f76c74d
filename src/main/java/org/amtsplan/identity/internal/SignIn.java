package org.amtsplan.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a page sends to sign in ({@code POST /api/session}). */
public record SignIn(
        @Schema(required = true, description = "Benutzername / user name") @NotBlank @Size(max = 60)
                String username,
        @Schema(required = true, description = "Passwort / password") @NotNull @Size(max = 200)
                String password,
        @Schema(
                        description =
                                "für einen Kiosk am Eingang: die Sitzung darf nur Nummern ziehen"
                                        + " und einchecken / for an entrance kiosk: the session may"
                                        + " only draw numbers and check people in")
                Boolean kiosk) {

    // Declared explicitly so that the constraints stay on fields and accessors only: Payara's
    // OpenAPI scanner fails on constraint annotations on constructor parameters (as AddClosure).
    public SignIn(String username, String password, Boolean kiosk) {
        this.username = username;
        this.password = password;
        this.kiosk = kiosk;
    }

    /** Whether the session is a kiosk's (left out: a staff member's). */
    public boolean forKiosk() {
        return Boolean.TRUE.equals(kiosk);
    }
}
