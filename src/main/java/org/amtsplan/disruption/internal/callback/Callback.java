package org.amtsplan.disruption.internal.callback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person to call back: what a clerk recorded at the counter (also offline), whether a declared
 * disruption covers it (then {@code appointmentCode} names the kernel appointment its rebooking
 * proposes a replacement to), and whether staff have marked it done.
 */
@Entity
@Table(name = "dis_callback")
public class Callback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private String unit;

    @Column(name = "location_id", nullable = false)
    private String location;

    @Column(name = "device")
    private String device;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "service_code", nullable = false)
    private String service;

    @Column(name = "phone")
    private String phone;

    @Column(name = "email")
    private String email;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "notes")
    private String notes;

    @Column(name = "disruption_id")
    private String disruptionId;

    @Column(name = "appointment_code")
    private String appointmentCode;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Callback() {}

    /** From input already checked by {@link CallbackInput}. */
    Callback(RecordCallback input, String language, Instant receivedAt) {
        this.unit = input.unit();
        this.location = input.location();
        this.device = CallbackInput.blankToNull(input.device());
        this.recordedBy = input.clerk();
        this.recordedAt = input.at();
        this.receivedAt = receivedAt;
        this.name = input.name().strip();
        this.service = input.service();
        this.phone = CallbackInput.blankToNull(input.phone());
        this.email = CallbackInput.blankToNull(input.email());
        this.language = language;
        this.notes = CallbackInput.blankToNull(input.notes());
    }

    /** The disruption covering it has made it one of its affected, as appointment {@code code}. */
    void attach(String disruption, String code) {
        // claimed for the disruption by a conditional write just before (CallbackService)
        if (this.appointmentCode != null
                || (this.disruptionId != null && !this.disruptionId.equals(disruption))) {
            throw new IllegalStateException("callback " + id + " is attached already");
        }
        this.disruptionId = disruption;
        this.appointmentCode = code;
    }

    /** Staff called back (or settled it otherwise); marking twice keeps the first. */
    void done(String by, Instant at) {
        if (doneAt == null) {
            doneAt = at;
            doneBy = by;
        }
    }

    Long id() {
        return id;
    }

    String unit() {
        return unit;
    }

    String location() {
        return location;
    }

    String device() {
        return device;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String name() {
        return name;
    }

    String service() {
        return service;
    }

    String phone() {
        return phone;
    }

    String email() {
        return email;
    }

    String language() {
        return language;
    }

    String notes() {
        return notes;
    }

    String disruptionId() {
        return disruptionId;
    }

    String appointmentCode() {
        return appointmentCode;
    }

    Instant doneAt() {
        return doneAt;
    }
}
