package org.amtsplan.scheduling.internal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day on which a unit's regular hours at a location do not take place. */
@Entity
@Table(name = "sch_closure")
public class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private String unitId;

    @Column(name = "location_id", nullable = false)
    private String locationId;

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Column(name = "reason", nullable = false)
    private String reason;

    protected Closure() {}

    public Closure(String unitId, String locationId, LocalDate day, String reason) {
        this.unitId = unitId;
        this.locationId = locationId;
        this.day = day;
        this.reason = reason;
    }

    public String unitId() {
        return unitId;
    }

    public String locationId() {
        return locationId;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String reason() {
        return reason;
    }
}
