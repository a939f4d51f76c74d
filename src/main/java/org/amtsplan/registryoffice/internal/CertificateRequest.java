package org.amtsplan.registryoffice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.amtsplan.platform.ProblemException;

/**
 * A citizen's request to have a civil-registry certificate sent by post instead of coming to an
 * appointment: REQUESTED, IN_PROGRESS in the back office, then SENT or REFUSED with a reason.
 */
@Entity
@Table(name = "reg_certificate_request")
public class CertificateRequest {

    /** Which certificate. */
    public enum Kind {
        BIRTH,
        MARRIAGE,
        DEATH
    }

    public enum Status {
        REQUESTED,
        IN_PROGRESS,
        SENT,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token", nullable = false)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "copies", nullable = false)
    private int copies;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Column(name = "requester_email")
    private String requesterEmail;

    @Column(name = "street", nullable = false)
    private String street;

    @Column(name = "postcode", nullable = false)
    private String postcode;

    @Column(name = "city", nullable = false)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "reason")
    private String reason;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CertificateRequest() {}

    CertificateRequest(
            String token,
            Kind kind,
            String subjectName,
            LocalDate eventDate,
            int copies,
            String requesterName,
            String requesterEmail,
            String street,
            String postcode,
            String city,
            Instant now) {
        this.token = token;
        this.kind = kind;
        this.subjectName = subjectName;
        this.eventDate = eventDate;
        this.copies = copies;
        this.requesterName = requesterName;
        this.requesterEmail = requesterEmail;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.status = Status.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void start(String clerk, Instant now) {
        move(Set.of(Status.REQUESTED), Status.IN_PROGRESS, clerk, now, "start");
    }

    void sent(String clerk, Instant now) {
        move(Set.of(Status.IN_PROGRESS), Status.SENT, clerk, now, "sent");
    }

    void refuse(String why, String clerk, Instant now) {
        move(Set.of(Status.REQUESTED, Status.IN_PROGRESS), Status.REFUSED, clerk, now, "refuse");
        reason = why;
    }

    boolean tokenMatches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        candidate.getBytes(StandardCharsets.UTF_8));
    }

    private void move(Set<Status> from, Status to, String clerk, Instant now, String action) {
        if (!from.contains(status)) {
            throw ProblemException.conflict(
                    "certificate-request-" + status.name().toLowerCase().replace('_', '-'),
                    "registryoffice.request.wrongStatus",
                    status,
                    action);
        }
        status = to;
        handledBy = clerk;
        updatedAt = now;
    }

    Long id() {
        return id;
    }

    String token() {
        return token;
    }

    Kind kind() {
        return kind;
    }

    String subjectName() {
        return subjectName;
    }

    LocalDate eventDate() {
        return eventDate;
    }

    int copies() {
        return copies;
    }

    String requesterName() {
        return requesterName;
    }

    String city() {
        return city;
    }

    String postcode() {
        return postcode;
    }

    String street() {
        return street;
    }

    Status status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }
}
