package org.amtsplan.scheduling.internal.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.Statistics;
import org.amtsplan.scheduling.api.UnitStatistics;
import org.amtsplan.scheduling.internal.support.QueryDates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Figures per day and unit for heads: served, waiting times, no-shows, cancellations, walk-ins. */
@Path("statistics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
@SecurityRequirement(name = "staff")
public class StatisticsResource {

    @Inject Statistics statistics;

    @GET
    @Operation(summary = "Kennzahlen je Tag einer Einheit / figures per day of a unit")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(query = "unit")
    public UnitStatistics perDay(
            @QueryParam("unit") String unit,
            @QueryParam("location") String location,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (unit == null || unit.isBlank()) {
            throw ProblemException.invalid("unit", "platform.validation.required");
        }
        return statistics.perDay(
                unit,
                Optional.ofNullable(location).filter(l -> !l.isBlank()),
                QueryDates.required("from", from),
                QueryDates.required("to", to));
    }
}
