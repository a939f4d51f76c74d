package org.amtsplan.disruption.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amtsplan.identity.NotUnitScoped;
import org.amtsplan.identity.StaffRoles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Writes the offline kit now, for instance right before planned maintenance (heads, admins). */
@Path("offline-kit/export")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offline kit")
@SecurityRequirement(name = "staff")
public class OfflineKitExportResource {

    public record Exported(List<String> files) {}

    @Inject OfflineKitExport export;

    @POST
    @Operation(summary = "Tageslisten jetzt exportieren / export the day lists now")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @NotUnitScoped(
            "writes every unit's day lists to the offline folder and returns only file names")
    public Exported exportNow() {
        return new Exported(
                export.exportNow().stream().map(p -> p.getFileName().toString()).toList());
    }
}
