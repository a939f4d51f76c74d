package org.amtsplan.vehicleregistration.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amtsplan.identity.ScopedBy;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.platform.OptionalBody;
import org.amtsplan.platform.ProblemException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dealers' batch registrations (api.md section "Dealers") and the dealer counter's work. */
@Path("vehicle")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dealers")
@SecurityRequirement(name = "staff")
public class DealerResource {

    public record NewDealer(String id, String name, Integer dailyQuota) {}

    public record Item(String vin, String kind, String plate) {}

    public record Batch(List<Item> items) {}

    public record ItemAction(String reason) {}

    @Inject DealerBatches batches;

    @POST
    @Path("dealers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Autohaus anlegen / add a dealer")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD})
    @ScopedBy(unit = "vehicle")
    public Response createDealer(NewDealer body) {
        if (body == null) {
            throw ProblemException.invalid("body", "platform.validation.required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(batches.createDealer(body.id(), body.name(), body.dailyQuota()))
                .build();
    }

    @POST
    @Path("dealers/{id}/batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sammelauftrag als JSON / submit a batch as JSON")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK, StaffRoles.DEALER})
    @ScopedBy(path = "id", resolver = "dealer")
    public Response submitJson(@PathParam("id") String dealerId, String body) {
        Batch batch = OptionalBody.parse(body, Batch.class).orElse(null);
        List<DealerBatches.Row> rows = new ArrayList<>();
        if (batch != null && batch.items() != null) {
            for (int i = 0; i < batch.items().size(); i++) {
                Item item = batch.items().get(i);
                rows.add(
                        item == null
                                ? new DealerBatches.Row(i, null, null, null)
                                : new DealerBatches.Row(i, item.vin(), item.kind(), item.plate()));
            }
        }
        return Response.status(Response.Status.CREATED)
                .entity(batches.submit(dealerId, rows))
                .build();
    }

    @POST
    @Path("dealers/{id}/batches")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary =
                    "Sammelauftrag als CSV (Kopfzeile vin,kind,plate) / submit a batch as CSV (header vin,kind,plate)")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK, StaffRoles.DEALER})
    @ScopedBy(path = "id", resolver = "dealer")
    public Response submitCsv(@PathParam("id") String dealerId, String csv) {
        return Response.status(Response.Status.CREATED)
                .entity(batches.submit(dealerId, parseCsv(csv)))
                .build();
    }

    @GET
    @Path("dealers/{id}/batches")
    @Operation(
            summary = "Die letzten 50 Sammelaufträge des Händlers / the dealer's latest 50 batches")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK, StaffRoles.DEALER})
    @ScopedBy(path = "id", resolver = "dealer")
    public List<DealerBatches.BatchView> batches(@PathParam("id") String dealerId) {
        return batches.batches(dealerId);
    }

    @GET
    @Path("dealers/{id}/batches/{batchId}")
    @Operation(
            summary =
                    "Sammelauftrag mit dem Stand jedes Fahrzeugs / a batch with each item's status")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK, StaffRoles.DEALER})
    @ScopedBy(path = "id", resolver = "dealer")
    public DealerBatches.BatchView batch(
            @PathParam("id") String dealerId, @PathParam("batchId") String batchId) {
        try {
            return batches.batch(dealerId, Long.parseLong(batchId));
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("vehicleregistration.batch.notFound");
        }
    }

    @GET
    @Path("batch-items")
    @Operation(summary = "Arbeitsliste des Händlerschalters / the dealer counter's work list")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(unit = "vehicle")
    public List<DealerBatches.ItemView> workList() {
        return batches.workList();
    }

    @POST
    @Path("batch-items/{id}/{action}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Vorgang bearbeiten: start, done, return {reason} / process an item")
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.HEAD, StaffRoles.CLERK})
    @ScopedBy(unit = "vehicle")
    public DealerBatches.ItemView act(
            @PathParam("id") String id, @PathParam("action") String action, String body) {
        ItemAction details = OptionalBody.parse(body, ItemAction.class).orElse(null);
        try {
            return batches.act(
                    Long.parseLong(id), action, details == null ? null : details.reason());
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("vehicleregistration.item.notFound");
        }
    }

    static List<DealerBatches.Row> parseCsv(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalid("body", "vehicleregistration.csv.empty");
        }
        char delimiter = csv.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setTrim(true)
                        .setIgnoreEmptyLines(true)
                        .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> header =
                    parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("vin") || !header.contains("kind")) {
                throw ProblemException.invalid("body", "vehicleregistration.csv.header");
            }
            List<DealerBatches.Row> rows = new ArrayList<>();
            int index = 0;
            for (CSVRecord record : parser) {
                rows.add(
                        new DealerBatches.Row(
                                index++,
                                value(record, parser, "vin"),
                                value(record, parser, "kind"),
                                value(record, parser, "plate")));
            }
            return rows;
        } catch (IOException
                | IllegalArgumentException
                | IllegalStateException
                | java.io.UncheckedIOException e) {
            throw ProblemException.invalid("body", "vehicleregistration.csv.unreadable");
        }
    }

    private static String value(CSVRecord record, CSVParser parser, String column) {
        for (String name : parser.getHeaderNames()) {
            if (name.equalsIgnoreCase(column)) {
                return record.isSet(name) ? record.get(name) : null;
            }
        }
        return null;
    }
}
