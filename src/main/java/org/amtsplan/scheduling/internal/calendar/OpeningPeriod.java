package org.amtsplan.scheduling.internal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One period of the weekly opening pattern of a unit at a location. */
@Entity
@Table(name = "sch_opening_period")
public class OpeningPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private String unitId;

    @Column(name = "location_id", nullable = false)
    private String locationId;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "counters", nullable = false)
    private int counters;

    protected OpeningPeriod() {}

    public OpeningPeriod(
            String unitId,
            String locationId,
            DayOfWeek day,
            LocalTime startsAt,
            LocalTime endsAt,
            int counters) {
        this.unitId = unitId;
        this.locationId = locationId;
        this.dayOfWeek = day.getValue();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.counters = counters;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public CapacitySpan span() {
        return CapacitySpan.regular(startsAt, endsAt, counters);
    }
}
