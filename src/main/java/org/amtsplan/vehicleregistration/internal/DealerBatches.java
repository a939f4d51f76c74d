package org.amtsplan.vehicleregistration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Dealers and their batch registrations: validated item by item, the accepted items placed within
 * the dealer's daily quota (today, or the next working day with room), nothing dropped.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class DealerBatches {

    static final ZoneId CITY = org.amtsplan.platform.CityClock.zone();
    static final int MAX_ITEMS = 1000;

    /** How far ahead a batch may be spread when the quota is used up day after day. */
    static final int MAX_DAYS_AHEAD = 366;

    /** One submitted row: its position in the batch and its raw values. */
    public record Row(int index, String vin, String kind, String plate) {}

    /** A refused row of a submitted batch; {@code reason} is written in the answer's language. */
    public record Rejection(int index, @Schema(type = SchemaType.STRING) Message reason) {}

    public record ItemView(
            long id,
            int index,
            String vin,
            String kind,
            String plate,
            String status,
            LocalDate dueDate,
            String reason) {}

    public record BatchView(
            long id,
            String dealer,
            java.time.OffsetDateTime submittedAt,
            int accepted,
            List<Rejection> rejected,
            List<ItemView> items) {}

    public record DealerView(String id, String name, int dailyQuota) {}

    @Inject DealerRepository dealers;
    @Inject CurrentStaff currentStaff;
    @Inject Clock clock;

    public DealerView createDealer(String id, String name, Integer dailyQuota) {
        List<FieldError> errors = new ArrayList<>();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            errors.add(new FieldError("id", "vehicleregistration.validation.dealerId"));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(new FieldError("name", "vehicleregistration.validation.name"));
        }
        if (dailyQuota == null || dailyQuota < 1 || dailyQuota > 10_000) {
            errors.add(new FieldError("dailyQuota", "vehicleregistration.validation.quota"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Dealer dealer = new Dealer(id, name.strip(), dailyQuota, clock.instant());
        if (!dealers.add(dealer)) {
            throw ProblemException.conflict("dealer-exists", "vehicleregistration.dealer.exists");
        }
        return new DealerView(id, dealer.name(), dailyQuota);
    }

    /** For demo data: the dealer, created unless it exists. */
    public void ensureDealer(String id, String name, int dailyQuota) {
        dealers.add(new Dealer(id, name, dailyQuota, clock.instant()));
    }

    public BatchView submit(String dealerId, List<Row> rows) {
        Dealer dealer = visibleDealer(dealerId);
        if (rows == null || rows.isEmpty()) {
            throw ProblemException.invalid("items", "vehicleregistration.batch.atLeastOneVehicle");
        }
        if (rows.size() > MAX_ITEMS) {
            throw ProblemException.invalid(
                    "items", "vehicleregistration.batch.tooManyVehicles", MAX_ITEMS);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(CITY));
        DealerBatch batch = new DealerBatch(dealer.id(), now, staff().username());
        dealers.add(batch);
        List<Rejection> rejected = new ArrayList<>();
        LocalDate day = WorkingDays.onOrAfter(today);
        for (Row row : rows) {
            BatchItemPolicies.Checked checked =
                    BatchItemPolicies.check(row.vin(), row.kind(), row.plate());
            if (!checked.accepted()) {
                rejected.add(new Rejection(row.index(), checked.rejection()));
                continue;
            }
            int daysAhead = 0;
            while (!dealers.takeQuota(dealer.id(), day, dealer.dailyQuota())) {
                day = WorkingDays.next(day);
                if (++daysAhead > MAX_DAYS_AHEAD) {
                    throw ProblemException.conflict(
                            "quota-exhausted", "vehicleregistration.quotaUsedUp");
                }
            }
            dealers.add(
                    new BatchItem(
                            batch.id(),
                            row.index(),
                            checked.vin(),
                            checked.kind(),
                            checked.plate(),
                            day,
                            day.equals(today),
                            now));
        }
        dealers.flush();
        return view(batch, rejected);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BatchView batch(String dealerId, long batchId) {
        Dealer dealer = visibleDealer(dealerId);
        DealerBatch batch =
                dealers.batch(batchId)
                        .filter(b -> b.dealerId().equals(dealer.id()))
                        .orElseThrow(
                                () ->
                                        ProblemException.notFound(
                                                "vehicleregistration.batch.notFound"));
        return view(batch, List.of());
    }

    /** The dealer's latest batches with their items, for the dealer portal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BatchView> batches(String dealerId) {
        Dealer dealer = visibleDealer(dealerId);
        return dealers.batches(dealer.id(), 50).stream().map(b -> view(b, List.of())).toList();
    }

    /** The dealer counter's work list: open items due today or earlier. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemView> workList() {
        return dealers.openItemsDueBy(LocalDate.now(clock.withZone(CITY))).stream()
                .map(DealerBatches::view)
                .toList();
    }

    public ItemView act(long itemId, String action, String reason) {
        StaffMember staff = staff();
        BatchItem item =
                dealers.item(itemId)
                        .orElseThrow(
                                () ->
                                        ProblemException.notFound(
                                                "vehicleregistration.item.notFound"));
        Instant now = clock.instant();
        switch (action) {
            case "start" -> item.start(staff.username(), now);
            case "done" -> item.done(staff.username(), now);
            case "return" -> {
                if (reason == null || reason.isBlank() || reason.length() > 300) {
                    throw ProblemException.invalid(
                            "reason", "vehicleregistration.validation.reasonRequired");
                }
                item.giveBack(reason.strip(), staff.username(), now);
            }
            default -> throw ProblemException.notFound("vehicleregistration.unknownAction", action);
        }
        dealers.flush();
        return view(item);
    }

    private BatchView view(DealerBatch batch, List<Rejection> rejected) {
        List<ItemView> items = dealers.items(batch.id()).stream().map(DealerBatches::view).toList();
        return new BatchView(
                batch.id(),
                batch.dealerId(),
                batch.submittedAt().atZone(CITY).toOffsetDateTime(),
                items.size(),
                rejected,
                items);
    }

    private static ItemView view(BatchItem i) {
        return new ItemView(
                i.id(),
                i.position(),
                i.vin(),
                i.kind().name(),
                i.plate(),
                i.status().name(),
                i.dueDate(),
                i.reason());
    }

    /** The dealer; the access filter has let through only its own account and vehicle staff. */
    private Dealer visibleDealer(String dealerId) {
        return dealers.dealer(dealerId)
                .orElseThrow(
                        () -> ProblemException.notFound("vehicleregistration.dealer.notFound"));
    }

    private StaffMember staff() {
        return currentStaff
                .get()
                .orElseThrow(() -> new IllegalStateException("a staff endpoint without a login"));
    }
}
