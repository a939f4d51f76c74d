package org.amtsplan.vehicleregistration.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A car dealership that submits batch registrations, up to its daily quota of items. */
@Entity
@Table(name = "veh_dealer")
public class Dealer {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "daily_quota", nullable = false)
    private int dailyQuota;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Dealer() {}

    Dealer(String id, String name, int dailyQuota, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.dailyQuota = dailyQuota;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    int dailyQuota() {
        return dailyQuota;
    }
}
