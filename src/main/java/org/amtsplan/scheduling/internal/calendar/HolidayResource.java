package org.amtsplan.scheduling.internal.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.RateLimited;
import org.amtsplan.scheduling.internal.support.InputErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The city's public holidays, on which every service centre is closed: the booking calendar shows
 * them closed with their names.
 */
@Path("holidays")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizens")
public class HolidayResource {

    /** The longest range one request may ask for. */
    static final int MAX_RANGE_DAYS = 400;

    /** A public holiday: its date and its name in the caller's language. */
    public record HolidayView(
            LocalDate date,
            @Schema(
                            type = SchemaType.STRING,
                            description =
                                    "Name des Feiertags in der Sprache der Antwort / the holiday's name in the answer's language")
                    Message name) {}

    @Inject CityHolidays holidays;

    @GET
    @RateLimited("availability")
    @Operation(
            summary = "Feiertage (geschlossen) / public holidays (closed)",
            description = "from and to as YYYY-MM-DD, at most 400 days apart")
    @PermitAll
    public List<HolidayView> holidays(
            @QueryParam("from") String from, @QueryParam("to") String to) {
        InputErrors errors = new InputErrors();
        LocalDate first = errors.date("from", from);
        LocalDate last = errors.date("to", to);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add("to", "scheduling.range.toBeforeFrom");
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
                errors.add("to", "scheduling.range.atMostDays", MAX_RANGE_DAYS);
            }
        }
        errors.throwIfAny();
        return holidays.between(first, last).stream()
                .map(h -> new HolidayView(h.date(), CityHolidays.name(h)))
                .toList();
    }
}
