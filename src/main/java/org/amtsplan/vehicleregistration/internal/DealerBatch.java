package org.amtsplan.vehicleregistration.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One submission of a dealer: who sent it when. Its items carry their own status. */
@Entity
@Table(name = "veh_batch")
public class DealerBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dealer_id", nullable = false)
    private String dealerId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    protected DealerBatch() {}

    DealerBatch(String dealerId, Instant submittedAt, String submittedBy) {
        this.dealerId = dealerId;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    Long id() {
        return id;
    }

    String dealerId() {
        return dealerId;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String submittedBy() {
        return submittedBy;
    }
}
