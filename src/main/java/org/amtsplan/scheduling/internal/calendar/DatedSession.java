package org.amtsplan.scheduling.internal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.amtsplan.scheduling.api.SessionKind;

/**
 * Capacity a head adds for one date: extra counters or hours, an after-hours session, or a
 * replacement session that may be reserved for the people one disruption hit.
 */
@Entity
@Table(name = "sch_session")
public class DatedSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private String unitId;

    @Column(name = "location_id", nullable = false)
    private String locationId;

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "counters", nullable = false)
    private int counters;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SessionKind kind;

    @Column(name = "reserved_for_disruption")
    private String reservedForDisruption;

    @Column(name = "release_stages")
    private Integer releaseStages;

    @Column(name = "release_every_minutes")
    private Integer releaseEveryMinutes;

    @Column(name = "release_starts_at")
    private Instant releaseStartsAt;

    protected DatedSession() {}

    public DatedSession(
            String unitId,
            String locationId,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            int counters,
            SessionKind kind,
            String reservedForDisruption) {
        if (kind == SessionKind.REGULAR) {
            throw new IllegalArgumentException("regular capacity comes from the weekly pattern");
        }
        this.unitId = unitId;
        this.locationId = locationId;
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.counters = counters;
        this.kind = kind;
        this.reservedForDisruption = reservedForDisruption;
    }

    /**
     * Offers the counters to the public in stages; reserved capacity always goes whole to the
     * affected.
     */
    public DatedSession releasedInStages(StagedRelease release) {
        if (reservedForDisruption != null) {
            throw new IllegalStateException("reserved capacity is not released to the public");
        }
        this.releaseStages = release.stages();
        this.releaseEveryMinutes = release.everyMinutes();
        this.releaseStartsAt = release.startsAt();
        return this;
    }

    public Optional<StagedRelease> stagedRelease() {
        return releaseStages == null
                ? Optional.empty()
                : Optional.of(
                        new StagedRelease(releaseStages, releaseEveryMinutes, releaseStartsAt));
    }

    public Long id() {
        return id;
    }

    public String unitId() {
        return unitId;
    }

    public String locationId() {
        return locationId;
    }

    public LocalDate day() {
        return day;
    }

    /** The whole session, every counter counted. */
    public CapacitySpan span() {
        return new CapacitySpan(startsAt, endsAt, counters, kind, reservedForDisruption);
    }

    /** The session as bookable at {@code now}: only the counters released so far. */
    public CapacitySpan span(Instant now) {
        int released = stagedRelease().map(r -> r.released(counters, now)).orElse(counters);
        return new CapacitySpan(startsAt, endsAt, released, kind, reservedForDisruption);
    }
}
