package org.amtsplan.notification.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.amtsplan.identity.NotUnitScoped;
import org.amtsplan.identity.StaffRoles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Messages not sent yet (mail server away or not configured), for heads and admins. */
@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disruption")
@SecurityRequirement(name = "staff")
public class OutboxResource {

    public record Pending(
            long id,
            String kind,
            String appointment,
            String recipient,
            int attempts,
            OffsetDateTime since,
            String lastError) {}

    @Inject Outbox outbox;

    public record RemindersWritten(int reminded) {}

    @Inject Reminders reminders;
    @Inject ZoneId zone;

    @GET
    @Path("outbox")
    @Operation(summary = "Noch nicht versandte Nachrichten / messages not sent yet")
    @RolesAllowed({StaffRoles.ADMIN})
    public List<Pending> pending() {
        return outbox.pending().stream()
                .map(
                        r ->
                                new Pending(
                                        ((Number) r[0]).longValue(),
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3],
                                        ((Number) r[4]).intValue(),
                                        ((Timestamp) r[5])
                                                .toInstant()
                                                .atZone(zone)
                                                .toOffsetDateTime(),
                                        (String) r[6]))
                .toList();
    }

    @POST
    @Path("reminders")
    @Operation(
            summary =
                    "Erinnerungen für morgen jetzt schreiben (sonst alle zehn Minuten) / write tomorrow's reminders now")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @NotUnitScoped("writes the reminders due tomorrow for every unit and returns only a count")
    public RemindersWritten remindNow() {
        return new RemindersWritten(reminders.writeDue());
    }
}
