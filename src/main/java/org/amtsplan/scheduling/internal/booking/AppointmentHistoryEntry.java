package org.amtsplan.scheduling.internal.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.amtsplan.scheduling.api.AppointmentStatus;

/** One status change of an appointment: when, from what to what, by whom, and why. */
@Entity
@Table(name = "sch_appointment_history")
public class AppointmentHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appointment_id", nullable = false)
    private long appointmentId;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AppointmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private AppointmentStatus toStatus;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "detail")
    private String detail;

    protected AppointmentHistoryEntry() {}

    public AppointmentHistoryEntry(
            long appointmentId,
            Instant at,
            AppointmentStatus fromStatus,
            AppointmentStatus toStatus,
            String actor,
            String detail) {
        this.appointmentId = appointmentId;
        this.at = at;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.detail = detail;
    }

    public long appointmentId() {
        return appointmentId;
    }

    public Instant at() {
        return at;
    }

    public AppointmentStatus fromStatus() {
        return fromStatus;
    }

    public AppointmentStatus toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }
}
