package org.amtsplan.scheduling.internal.counter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.TicketKind;
import org.amtsplan.scheduling.api.TicketStatus;

/**
 * A waiting number of one unit at one location on one day, and what happened to it: the raw data of
 * the statistics (arrival, calls, start, end, outcome). Guards the clerk's actions; the version
 * makes concurrent actions on the same ticket collide instead of both applying.
 */
@Entity
@Table(name = "sch_ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private String unitId;

    @Column(name = "location_id", nullable = false)
    private String locationId;

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Column(name = "number", nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private TicketKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TicketStatus status;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "appointment_code")
    private String appointmentCode;

    @Column(name = "appointment_start")
    private LocalDateTime appointmentStart;

    @Column(name = "name")
    private String name;

    @Column(name = "phone")
    private String phone;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "call_count", nullable = false)
    private int callCount;

    @Column(name = "counter_id")
    private String counterId;

    @Column(name = "assigned_counter")
    private String assignedCounter;

    @Column(name = "called_by")
    private String calledBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "outcome")
    private String outcome;

    /** When the clerk last marked "did not come", while that can still be undone; else null. */
    @Column(name = "missed_at")
    private Instant missedAt;

    @Column(name = "missed_at_counter")
    private String missedAtCounter;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Ticket() {}

    public Ticket(
            String unitId,
            String locationId,
            LocalDate day,
            String number,
            TicketKind kind,
            String serviceCode,
            String appointmentCode,
            LocalDateTime appointmentStart,
            String name,
            String phone,
            boolean urgent,
            Instant arrivedAt) {
        this.unitId = unitId;
        this.locationId = locationId;
        this.day = day;
        this.number = number;
        this.kind = kind;
        this.status = TicketStatus.WAITING;
        this.serviceCode = serviceCode;
        this.appointmentCode = appointmentCode;
        this.appointmentStart = appointmentStart;
        this.name = name;
        this.phone = phone;
        this.urgent = urgent;
        this.arrivedAt = arrivedAt;
    }

    /** A case handled on paper: the ticket is entered as already served (or a no-show). */
    public void recordedOnPaper(String counter, String clerk, String outcome, Instant at) {
        require(Set.of(TicketStatus.WAITING), "record");
        boolean noShow = "NO_SHOW".equals(outcome);
        status = noShow ? TicketStatus.NO_SHOW : TicketStatus.DONE;
        counterId = counter;
        calledBy = clerk;
        calledAt = at;
        startedAt = noShow ? null : at;
        finishedAt = at;
        this.outcome = outcome;
    }

    /**
     * Calls this waiting ticket to a counter at a given time (an offline counter called it; online
     * the repository's claim does this, so that two counters never get the same ticket).
     */
    public void call(String counter, String clerk, Instant at) {
        require(Set.of(TicketStatus.WAITING), "recall");
        status = TicketStatus.CALLED;
        missedAt = null;
        counterId = counter;
        calledBy = clerk;
        calledAt = at;
        callCount++;
    }

    /** Calls the ticket (again) to a counter: a recall, or the resumption of a parked ticket. */
    public void recall(String counter, String clerk, Instant now) {
        require(Set.of(TicketStatus.CALLED, TicketStatus.PARKED), "recall");
        status = TicketStatus.CALLED;
        missedAt = null;
        counterId = counter == null ? counterId : counter;
        calledBy = clerk;
        calledAt = now;
        callCount++;
    }

    public void start(Instant now) {
        require(Set.of(TicketStatus.CALLED), "start");
        status = TicketStatus.IN_SERVICE;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** The latest time recorded on this ticket: arrival, call, start or end. */
    public Instant lastRecordedAt() {
        Instant last = arrivedAt;
        for (Instant t : new Instant[] {calledAt, startedAt, finishedAt}) {
            if (t != null && t.isAfter(last)) {
                last = t;
            }
        }
        return last;
    }

    /** Only a case that was started can be finished: a person merely called has not been served. */
    public void requireStarted() {
        if (status == TicketStatus.CALLED) {
            throw ProblemException.conflict(
                    "ticket-not-started", "scheduling.ticket.finishBeforeStart", number);
        }
        require(Set.of(TicketStatus.IN_SERVICE), "finish");
    }

    public void finish(String outcome, Instant now) {
        requireStarted();
        status = TicketStatus.DONE;
        this.outcome = outcome;
        finishedAt = now;
    }

    /**
     * A disruption closed the counters while this walk-in waited; a referral for another day
     * replaces it.
     */
    public void referredAway(Instant now) {
        endedByDisruption("REFERRED", now);
    }

    /**
     * A disruption ended the wait: REFERRED (walk-ins) or CANCELLED_BY_OFFICE (their appointment
     * was cancelled).
     */
    public void endedByDisruption(String why, Instant now) {
        require(Set.of(TicketStatus.WAITING), "end");
        status = TicketStatus.DONE;
        outcome = why;
        finishedAt = now;
    }

    /**
     * The referral ticket for another day, for the person whose walk-in ticket a disruption ended.
     */
    public Ticket referralOn(LocalDate otherDay, String newNumber, Instant now) {
        return new Ticket(
                unitId,
                locationId,
                otherDay,
                newNumber,
                TicketKind.REFERRAL,
                serviceCode,
                null,
                null,
                name,
                phone,
                true,
                now);
    }

    /** Steps aside (the citizen fetches a document); recalled later. */
    public void park() {
        require(Set.of(TicketStatus.CALLED, TicketStatus.IN_SERVICE), "park");
        status = TicketStatus.PARKED;
    }

    /**
     * The citizen did not come to the counter. Back into the queue, or a no-show once the unit's
     * number of calls is reached; returns whether it is now a no-show.
     */
    public boolean missed(int callsForNoShow, Instant now) {
        require(Set.of(TicketStatus.CALLED), "missed");
        missedAt = now;
        missedAtCounter = counterId;
        if (callCount >= callsForNoShow) {
            status = TicketStatus.NO_SHOW;
            finishedAt = now;
            outcome = "NO_SHOW";
            return true;
        }
        status = TicketStatus.WAITING;
        counterId = null;
        return false;
    }

    /**
     * Hands the citizen to another unit's queue or to one counter; they keep their place by
     * arrival.
     */
    public void transfer(String toUnit, String toCounter) {
        require(
                Set.of(
                        TicketStatus.WAITING,
                        TicketStatus.CALLED,
                        TicketStatus.IN_SERVICE,
                        TicketStatus.PARKED),
                "transfer");
        missedAt = null;
        if (toUnit != null) {
            unitId = toUnit;
        }
        assignedCounter = toCounter;
        status = TicketStatus.WAITING;
        counterId = null;
    }

    /**
     * Takes back "did not come" (the person turned up after all): called again to the same counter,
     * as before the click, no longer a no-show. Only the latest such click, and only while nothing
     * else happened to the ticket since; the window is checked by {@code UndoMissedWindowPolicy}.
     */
    /** The counter that called the ticket when "did not come" was clicked, or null. */
    public String missedAtCounter() {
        return missedAtCounter;
    }

    public void undoMissed() {
        if (missedAt == null
                || !Set.of(TicketStatus.WAITING, TicketStatus.NO_SHOW).contains(status)) {
            throw ProblemException.conflict(
                    "nothing-to-undo", "scheduling.ticket.nothingToUndo", number);
        }
        status = TicketStatus.CALLED;
        counterId = missedAtCounter;
        finishedAt = null;
        outcome = null;
        missedAt = null;
    }

    private void require(Set<TicketStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            // the clerk reads the state and the action by their names, not as codes
            throw ProblemException.conflict(
                    "ticket-" + status.name().toLowerCase().replace('_', '-'),
                    "scheduling.ticket.wrongStatus",
                    number,
                    Message.of("scheduling.ticketStatus." + status.name()),
                    Message.of("scheduling.ticketAction." + action));
        }
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

    public String number() {
        return number;
    }

    public TicketKind kind() {
        return kind;
    }

    public TicketStatus status() {
        return status;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String name() {
        return name;
    }

    public String appointmentCode() {
        return appointmentCode;
    }

    public LocalDateTime appointmentStart() {
        return appointmentStart;
    }

    public boolean urgent() {
        return urgent;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public int callCount() {
        return callCount;
    }

    public String counterId() {
        return counterId;
    }

    public Instant missedAt() {
        return missedAt;
    }
}
