package org.amtsplan.scheduling.internal.counter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The case (Vorgang) of a ticket: the clerk, the counter, start and end, notes, documents received
 * and the outcome. Interrupting it keeps everything; resuming continues the same record.
 */
@Entity
@Table(name = "sch_case")
public class CaseRecord {

    public static final String OPEN = "OPEN";
    public static final String INTERRUPTED = "INTERRUPTED";
    public static final String CLOSED = "CLOSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "unit_id", nullable = false)
    private String unitId;

    @Column(name = "clerk", nullable = false)
    private String clerk;

    @Column(name = "counter_id", nullable = false)
    private String counterId;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "notes")
    private String notes;

    @Column(name = "documents")
    private String documents;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "interrupted_by")
    private String interruptedBy;

    @Column(name = "interrupted_at")
    private Instant interruptedAt;

    @Column(name = "notes_before_offline")
    private String notesBeforeOffline;

    @Column(name = "documents_before_offline")
    private String documentsBeforeOffline;

    @Column(name = "recorded_offline", nullable = false)
    private boolean recordedOffline;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CaseRecord() {}

    public CaseRecord(
            long ticketId, String unitId, String clerk, String counterId, Instant startedAt) {
        this.ticketId = ticketId;
        this.unitId = unitId;
        this.clerk = clerk;
        this.counterId = counterId;
        this.startedAt = startedAt;
        this.status = OPEN;
    }

    public void interrupt() {
        if (OPEN.equals(status)) {
            status = INTERRUPTED;
        }
    }

    /**
     * Interrupted by a declared disruption: besides the status, which disruption and when, so its
     * heads can list the case (also once it is resumed).
     */
    public void interruptBy(String disruptionId, Instant at) {
        if (OPEN.equals(status)) {
            status = INTERRUPTED;
            interruptedBy = disruptionId;
            interruptedAt = at;
        }
    }

    /** Continues an interrupted case, possibly with another clerk at another counter. */
    public void resume(String clerk, String counterId) {
        if (INTERRUPTED.equals(status)) {
            status = OPEN;
            this.clerk = clerk;
            this.counterId = counterId;
        }
    }

    /**
     * Keeps what the clerk has typed so far, so that a reload or a crash of the counter's device
     * loses nothing; only while the case is being worked on.
     */
    public void saveDraft(String notes, List<String> documentsReceived) {
        if (!OPEN.equals(status)) {
            throw org.amtsplan.platform.ProblemException.conflict(
                    "case-not-open", "scheduling.case.notOpen");
        }
        this.notes = notes == null || notes.isBlank() ? null : notes;
        this.documents = joined(documentsReceived);
    }

    /**
     * Keeps notes and documents recorded on an offline counter. Unlike a draft typed online, also
     * into a case a disruption interrupted meanwhile: it stays interrupted, now with what the clerk
     * recorded while the server was gone.
     */
    public void recordOffline(String notes, List<String> documentsReceived) {
        if (!takesOfflineNotes()) {
            throw org.amtsplan.platform.ProblemException.conflict(
                    "case-not-open", "scheduling.case.notOpen");
        }
        // the device's form did not start from a draft typed online just before the outage: keep
        // that, once, ahead of everything the device sends (which replaces its own earlier notes)
        if (!recordedOffline) {
            notesBeforeOffline = this.notes;
            documentsBeforeOffline = this.documents;
            recordedOffline = true;
        }
        // left out (a finish without them), what the device recorded before stays
        if (notes != null) {
            this.notes = joinedNotes(notesBeforeOffline, notes);
        }
        if (documentsReceived != null) {
            List<String> documents = split(documentsBeforeOffline);
            documents.addAll(documentsReceived);
            this.documents = joined(documents);
        }
    }

    /** Whether notes recorded offline can still be added: while open or interrupted. */
    public boolean takesOfflineNotes() {
        return OPEN.equals(status) || INTERRUPTED.equals(status);
    }

    private static String joinedNotes(String before, String offline) {
        boolean noOffline = offline == null || offline.isBlank();
        if (before == null || before.isBlank()) {
            return noOffline ? null : offline;
        }
        if (noOffline || offline.contains(before)) {
            return noOffline ? before : offline;
        }
        return before + "\n\n" + offline;
    }

    /**
     * Closes the case. The clerk's final notes and documents replace the draft (the form started
     * from the draft); left out, the draft stays as it is.
     */
    public void close(String outcome, String notes, List<String> documentsReceived, Instant now) {
        this.outcome = outcome;
        if (notes != null) {
            this.notes = notes.isBlank() ? null : notes;
        }
        if (documentsReceived != null) {
            this.documents = joined(documentsReceived);
        }
        this.endedAt = now;
        this.status = CLOSED;
    }

    private static String joined(List<String> documentsReceived) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        if (documentsReceived != null) {
            documentsReceived.stream()
                    .filter(d -> d != null && !d.isBlank())
                    .map(String::strip)
                    .forEach(all::add);
        }
        return all.isEmpty() ? null : String.join("\n", all);
    }

    public List<String> documents() {
        return split(documents);
    }

    private static List<String> split(String joined) {
        return joined == null ? new ArrayList<>() : new ArrayList<>(List.of(joined.split("\n")));
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    /** The unit whose clerk opened the case; a ticket sent on to another unit keeps it. */
    public String unitId() {
        return unitId;
    }

    public String clerk() {
        return clerk;
    }

    public String counterId() {
        return counterId;
    }

    public String status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String notes() {
        return notes;
    }

    public String outcome() {
        return outcome;
    }

    /** The disruption that interrupted the case, or null. */
    public String interruptedBy() {
        return interruptedBy;
    }

    public Instant interruptedAt() {
        return interruptedAt;
    }

    /** When the case started or, once ended, ended. */
    public Instant lastRecordedAt() {
        return endedAt != null && endedAt.isAfter(startedAt) ? endedAt : startedAt;
    }
}
