package org.amtsplan.vehicleregistration.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.amtsplan.platform.ProblemException;

/**
 * One vehicle of a dealer batch and where it stands. Never deleted: a disruption or a full day only
 * moves its due date.
 */
@Entity
@Table(name = "veh_batch_item")
public class BatchItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "vin", nullable = false)
    private String vin;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ItemKind kind;

    @Column(name = "plate")
    private String plate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ItemStatus status;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "reason")
    private String reason;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected BatchItem() {}

    BatchItem(
            long batchId,
            int position,
            String vin,
            ItemKind kind,
            String plate,
            LocalDate dueDate,
            boolean dueToday,
            Instant now) {
        this.batchId = batchId;
        this.position = position;
        this.vin = vin;
        this.kind = kind;
        this.plate = plate;
        this.dueDate = dueDate;
        this.status = dueToday ? ItemStatus.SUBMITTED : ItemStatus.SCHEDULED;
        this.updatedAt = now;
    }

    /**
     * A disruption hit the due date: the item waits for the given day instead, nothing else
     * changes.
     */
    void postpone(LocalDate newDueDate) {
        if (newDueDate.isAfter(dueDate)) {
            dueDate = newDueDate;
            status = ItemStatus.SCHEDULED;
        }
    }

    void start(String clerk, Instant now) {
        require(Set.of(ItemStatus.SUBMITTED, ItemStatus.SCHEDULED), "start");
        status = ItemStatus.IN_PROGRESS;
        handledBy = clerk;
        updatedAt = now;
    }

    void done(String clerk, Instant now) {
        require(Set.of(ItemStatus.IN_PROGRESS), "done");
        status = ItemStatus.DONE;
        handledBy = clerk;
        updatedAt = now;
    }

    void giveBack(String why, String clerk, Instant now) {
        require(
                Set.of(ItemStatus.SUBMITTED, ItemStatus.SCHEDULED, ItemStatus.IN_PROGRESS),
                "return");
        status = ItemStatus.RETURNED;
        reason = why;
        handledBy = clerk;
        updatedAt = now;
    }

    private void require(Set<ItemStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw ProblemException.conflict(
                    "item-" + status.name().toLowerCase().replace('_', '-'),
                    "vehicleregistration.item.wrongStatus",
                    status,
                    action);
        }
    }

    Long id() {
        return id;
    }

    long batchId() {
        return batchId;
    }

    int position() {
        return position;
    }

    String vin() {
        return vin;
    }

    ItemKind kind() {
        return kind;
    }

    String plate() {
        return plate;
    }

    ItemStatus status() {
        return status;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String reason() {
        return reason;
    }
}
