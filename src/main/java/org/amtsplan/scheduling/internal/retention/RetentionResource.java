package org.amtsplan.scheduling.internal.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.amtsplan.identity.StaffRoles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs the nightly erasure of personal data now (admins), e.g. after lowering a unit's
 * retentionDays.
 */
@Path("retention/run")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
@SecurityRequirement(name = "staff")
public class RetentionResource {

    @Inject Retention retention;

    @POST
    @Operation(
            summary =
                    "Personendaten nach Ablauf der Frist jetzt löschen / erase expired personal data now")
    @RolesAllowed({StaffRoles.ADMIN})
    public Retention.Erased run() {
        return retention.run();
    }
}
