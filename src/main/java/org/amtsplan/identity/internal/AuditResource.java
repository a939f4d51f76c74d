package org.amtsplan.identity.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for admins: who read or changed an appointment, ticket, case or configuration.
 */
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
@SecurityRequirement(name = "staff")
public class AuditResource {

    @Inject AuditTrail trail;

    @GET
    @Operation(
            summary =
                    "Protokoll: wer hat was gelesen oder geändert / audit trail: who read or changed what",
            description =
                    "subject: a booking code, ticket id, unit or any part of the path; user: a user name; newest first, at most 500")
    @RolesAllowed({StaffRoles.ADMIN})
    public List<AuditTrail.Entry> find(
            @QueryParam("subject") String subject,
            @QueryParam("user") String user,
            @QueryParam("limit") Integer limit) {
        if ((subject == null || subject.isBlank()) && (user == null || user.isBlank())) {
            throw ProblemException.invalid("subject", "identity.validation.subjectOrUser");
        }
        if (subject != null && subject.length() > 100) {
            throw ProblemException.invalid("subject", "platform.validation.maxLength", 100);
        }
        int max = limit == null ? 100 : Math.max(1, Math.min(500, limit));
        return trail.find(blankToNull(subject), blankToNull(user), max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
