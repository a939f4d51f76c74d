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
import org.amtsplan.platform.Message;
import org.amtsplan.platform.StoredMessages;
import org.amtsplan.scheduling.api.AppointmentStatus;

/**
 * One status change of an appointment: when, from what to what, by whom, and why. The why is kept
 * as a message key with its arguments and rendered in the reader's language; entries from before
 * keep their two-language text in {@code detail}.
 */
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

    /** The text of entries written before details were kept as keys; shown as it is. */
    @Column(name = "detail")
    private String legacyDetail;

    @Column(name = "detail_key")
    private String detailKey;

    /** A JSON array of strings. */
    @Column(name = "detail_args")
    private String detailArguments;

    protected AppointmentHistoryEntry() {}

    public AppointmentHistoryEntry(
            long appointmentId,
            Instant at,
            AppointmentStatus fromStatus,
            AppointmentStatus toStatus,
            String actor,
            Message detail) {
        this.appointmentId = appointmentId;
        this.at = at;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.detailKey = detail == null ? null : detail.key();
        this.detailArguments = StoredMessages.arguments(detail);
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

    /** Why, to be rendered in the reader's language; null when nothing was said. */
    public Message detail() {
        return StoredMessages.read(detailKey, detailArguments, legacyDetail);
    }

    public String detailKey() {
        return detailKey;
    }

    public String detailArguments() {
        return detailArguments;
    }
}
