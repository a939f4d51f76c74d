package org.amtsplan.scheduling.internal.booking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.scheduling.api.AppointmentStatus;
import org.amtsplan.scheduling.api.SeatPool;

/**
 * An appointment: who comes, for which services, where and when, and where it stands in its life.
 * It guards its own transitions; its version makes two concurrent transitions (say, two cancels)
 * collide, so that the seats it holds are given back exactly once.
 */
@Entity
@Table(name = "sch_appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "token", nullable = false)
    private String token;

    @Column(name = "unit_id", nullable = false)
    private String unitId;

    @Column(name = "location_id", nullable = false)
    private String locationId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "pool", nullable = false)
    private String pool;

    /**
     * The slot length when the seats were taken: the seats are start, start + slot, ... before end.
     */
    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AppointmentStatus status;

    @Column(name = "name")
    private String name;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "made_by")
    private String madeBy;

    @Column(name = "deadline")
    private java.time.LocalDate deadline;

    @Column(name = "disruption_id")
    private String disruptionId;

    @Column(name = "replacement_start")
    private LocalDateTime replacementStart;

    @Column(name = "replaced_by_code")
    private String replacedByCode;

    @Column(name = "replacement_declined_at")
    private Instant replacementDeclinedAt;

    /** A stand-in for someone the office could not serve: nothing the citizen had booked. */
    @Column(name = "unserved", nullable = false)
    private boolean unserved;

    @Column(name = "replacement_withdrawn_at")
    private Instant replacementWithdrawnAt;

    @Column(name = "moves", nullable = false)
    private int moves;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "sch_appointment_service",
            joinColumns = @JoinColumn(name = "appointment_id"))
    @OrderColumn(name = "position")
    @Column(name = "service_code")
    private List<String> services = new ArrayList<>();

    protected Appointment() {}

    /** A seat run held while the citizen fills in the form. */
    public static Appointment hold(
            String code,
            String token,
            String unitId,
            String locationId,
            List<String> services,
            LocalDateTime start,
            LocalDateTime end,
            int slotMinutes,
            SeatPool pool,
            Instant now,
            Instant expiresAt) {
        Appointment a = new Appointment();
        a.code = code;
        a.token = token;
        a.unitId = unitId;
        a.locationId = locationId;
        a.services = new ArrayList<>(services);
        a.startsAt = start;
        a.endsAt = end;
        a.slotMinutes = slotMinutes;
        a.pool = pool.id();
        a.status = AppointmentStatus.HELD;
        a.language = "de";
        a.createdAt = now;
        a.expiresAt = expiresAt;
        return a;
    }

    /**
     * Turns a held or new seat run into a booking: RESERVED until the citizen confirms (by {@code
     * confirmBy}), or BOOKED at once when staff books.
     */
    public void book(Contact contact, String staffUser, Instant confirmBy) {
        requireStatus(Set.of(AppointmentStatus.HELD), "book");
        this.name = contact.name();
        this.email = contact.email();
        this.phone = contact.phone();
        this.language = contact.language();
        this.deadline = contact.deadline();
        this.madeBy = staffUser;
        if (staffUser != null) {
            this.status = AppointmentStatus.BOOKED;
            this.expiresAt = null;
        } else {
            this.status = AppointmentStatus.RESERVED;
            this.expiresAt = confirmBy;
        }
    }

    /** The citizen used the link in the confirmation mail. Confirming twice is harmless. */
    public boolean confirm(Instant now) {
        if (status == AppointmentStatus.BOOKED) {
            return false;
        }
        requireStatus(Set.of(AppointmentStatus.RESERVED), "confirm");
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw ProblemException.conflict(
                    "reservation-expired", "scheduling.appointment.confirmationExpired");
        }
        status = AppointmentStatus.BOOKED;
        expiresAt = null;
        return true;
    }

    /** The citizen (or staff on their behalf) cancels; the seats are to be given back. */
    public void cancel() {
        requireStatus(
                Set.of(
                        AppointmentStatus.HELD,
                        AppointmentStatus.RESERVED,
                        AppointmentStatus.BOOKED),
                "cancel");
        status = AppointmentStatus.CANCELLED;
        expiresAt = null;
    }

    /** A hold or reservation ran out; true when it was still waiting and now is expired. */
    public boolean expire(Instant now) {
        boolean waiting = status == AppointmentStatus.HELD || status == AppointmentStatus.RESERVED;
        if (!waiting || expiresAt == null || now.isBefore(expiresAt)) {
            return false;
        }
        status = AppointmentStatus.EXPIRED;
        return true;
    }

    /** Moves the appointment; the caller has already taken the new seats. */
    public void moveTo(LocalDateTime start, LocalDateTime end, int slotMinutes) {
        requireReschedulable();
        this.startsAt = start;
        this.endsAt = end;
        this.slotMinutes = slotMinutes;
        this.moves++;
    }

    /** How often the appointment was moved (its calendar entry's revision). */
    public int moves() {
        return moves;
    }

    /** Only a reserved or booked appointment can move; anything else is refused with the reason. */
    public void requireReschedulable() {
        requireStatus(Set.of(AppointmentStatus.RESERVED, AppointmentStatus.BOOKED), "reschedule");
    }

    /** The slots whose seats this appointment holds. */
    public int slotMinutes() {
        return slotMinutes;
    }

    public List<LocalDateTime> seatSlots() {
        List<LocalDateTime> slots = new ArrayList<>();
        for (LocalDateTime slot = startsAt;
                slot.isBefore(endsAt);
                slot = slot.plusMinutes(slotMinutes)) {
            slots.add(slot);
        }
        return slots;
    }

    /** Whether the appointment still occupies seats in the ledger. */
    public boolean holdsSeats() {
        return AppointmentStatus.HOLDING_SEATS.contains(status);
    }

    /**
     * The citizen arrived for this appointment at the office: only a booked appointment of this
     * unit, location and day can be checked in.
     */
    public void checkIn(String unitId, String locationId, java.time.LocalDate today) {
        requireAt(unitId, locationId, today);
        if (status == AppointmentStatus.RESERVED) {
            throw ProblemException.conflict(
                    "appointment-not-confirmed", "scheduling.appointment.neverConfirmed");
        }
        requireStatus(Set.of(AppointmentStatus.BOOKED), "check in");
        status = AppointmentStatus.CHECKED_IN;
    }

    /** Refuses (422) when the appointment is not for this unit, location and day. */
    public void requireAt(String unitId, String locationId, java.time.LocalDate today) {
        if (!this.unitId.equals(unitId) || !this.locationId.equals(locationId)) {
            throw ProblemException.invalid(
                    "appointmentCode", "scheduling.ticket.appointmentElsewhere");
        }
        if (!startsAt.toLocalDate().equals(today)) {
            throw ProblemException.invalid(
                    "appointmentCode",
                    "scheduling.ticket.appointmentNotToday",
                    startsAt.toLocalDate());
        }
    }

    /**
     * Settles an appointment handled on paper during an outage: COMPLETED, or NO_SHOW when nobody
     * came. A cancellation by the office for that outage does not stop it: the citizen was served
     * anyway.
     */
    public void settleFromPaper(boolean noShow) {
        requireStatus(
                Set.of(
                        AppointmentStatus.BOOKED,
                        AppointmentStatus.CHECKED_IN,
                        AppointmentStatus.CALLED,
                        AppointmentStatus.IN_SERVICE,
                        AppointmentStatus.CANCELLED_BY_OFFICE),
                "record from paper");
        status = noShow ? AppointmentStatus.NO_SHOW : AppointmentStatus.COMPLETED;
    }

    /** A disruption cancels the appointment; false when it was no longer to take place. */
    public boolean cancelByOffice(String disruption) {
        if (!Set.of(
                        AppointmentStatus.RESERVED,
                        AppointmentStatus.BOOKED,
                        AppointmentStatus.CHECKED_IN)
                .contains(status)) {
            return false;
        }
        status = AppointmentStatus.CANCELLED_BY_OFFICE;
        disruptionId = disruption;
        expiresAt = null;
        return true;
    }

    /**
     * Someone the office could not serve at the counter during a disruption, with no appointment:
     * cancelled by the office from the start, holding no seats (walk-in pool, one run of the
     * service's length), so that the disruption's rebooking offers them a replacement like everyone
     * it cancelled.
     */
    public static Appointment unservedInDisruption(
            String code,
            String token,
            String unitId,
            String locationId,
            String service,
            LocalDateTime at,
            int minutes,
            String name,
            String email,
            String phone,
            String language,
            String staffUser,
            String disruption,
            Instant now) {
        Appointment a =
                hold(
                        code,
                        token,
                        unitId,
                        locationId,
                        List.of(service),
                        at,
                        at.plusMinutes(minutes),
                        minutes,
                        SeatPool.WALK_IN,
                        now,
                        null);
        a.name = name;
        a.email = email;
        a.phone = phone;
        a.language = language;
        a.madeBy = staffUser;
        a.status = AppointmentStatus.CANCELLED_BY_OFFICE;
        a.disruptionId = disruption;
        a.unserved = true;
        return a;
    }

    /** Records the replacement proposed in reserved capacity; its seats are already taken. */
    public void proposeReplacement(LocalDateTime start) {
        requireStatus(Set.of(AppointmentStatus.CANCELLED_BY_OFFICE), "propose a replacement");
        replacementStart = start;
    }

    /**
     * The disruption was lifted early and the original seats are held again: the appointment takes
     * place after all.
     */
    public void restoreAfterDisruption() {
        requireStatus(Set.of(AppointmentStatus.CANCELLED_BY_OFFICE), "restore after a disruption");
        status = AppointmentStatus.BOOKED;
        replacementStart = null;
    }

    /**
     * The citizen declined any replacement: the appointment stays cancelled by the office, with no
     * proposal (the caller gives its seats back) and none to come.
     */
    public void declineReplacement(Instant now) {
        requireStatus(Set.of(AppointmentStatus.CANCELLED_BY_OFFICE), "decline a replacement");
        if (replacementDeclinedAt == null) {
            replacementDeclinedAt = now;
        }
        replacementStart = null;
    }

    public boolean replacementDeclined() {
        return replacementDeclinedAt != null;
    }

    /**
     * The office withdraws the replacement (staff settled the matter otherwise, e.g. by phone): the
     * appointment stays cancelled by the office, with no proposal (the caller gives its seats back)
     * and none to come. Not the citizen's decision, so not a decline. False when already withdrawn.
     */
    public boolean withdrawReplacement(Instant now) {
        requireStatus(Set.of(AppointmentStatus.CANCELLED_BY_OFFICE), "withdraw a replacement");
        replacementStart = null;
        if (replacementWithdrawnAt != null) {
            return false;
        }
        replacementWithdrawnAt = now;
        return true;
    }

    public boolean replacementWithdrawn() {
        return replacementWithdrawnAt != null;
    }

    /** True for a stand-in of a person the office could not serve: they had booked nothing. */
    public boolean unserved() {
        return unserved;
    }

    /** The citizen accepted a replacement: this appointment now points to the new one. */
    public void rebookedAs(String newCode) {
        requireStatus(Set.of(AppointmentStatus.CANCELLED_BY_OFFICE), "accept a replacement");
        status = AppointmentStatus.REBOOKED;
        replacedByCode = newCode;
    }

    /**
     * A booked appointment in a replacement contingent, for a citizen whose appointment fell out.
     */
    public static Appointment replacementFor(
            Appointment old,
            String code,
            String token,
            LocalDateTime start,
            LocalDateTime end,
            int slotMinutes,
            SeatPool pool,
            Instant now) {
        Appointment a =
                hold(
                        code,
                        token,
                        old.unitId,
                        old.locationId,
                        old.services,
                        start,
                        end,
                        slotMinutes,
                        pool,
                        now,
                        null);
        a.name = old.name;
        a.email = old.email;
        a.phone = old.phone;
        a.language = old.language;
        a.deadline = old.deadline;
        a.status = AppointmentStatus.BOOKED;
        return a;
    }

    /** Mirrors the ticket's progress while the citizen is at the office. */
    public void follow(org.amtsplan.scheduling.api.TicketStatus ticket) {
        if (!Set.of(
                        AppointmentStatus.CHECKED_IN,
                        AppointmentStatus.CALLED,
                        AppointmentStatus.IN_SERVICE)
                .contains(status)) {
            return;
        }
        switch (ticket) {
            case WAITING -> status = AppointmentStatus.CHECKED_IN;
            case CALLED -> status = AppointmentStatus.CALLED;
            case IN_SERVICE -> status = AppointmentStatus.IN_SERVICE;
            case DONE -> status = AppointmentStatus.COMPLETED;
            case NO_SHOW -> status = AppointmentStatus.NO_SHOW;
            case PARKED -> {}
        }
    }

    /**
     * The clerk took back "did not come" on the ticket of this appointment: the citizen is at the
     * counter after all, so the appointment is CALLED again.
     */
    public void noShowUndone() {
        if (status == AppointmentStatus.NO_SHOW) {
            status = AppointmentStatus.CALLED;
        }
    }

    public boolean tokenMatches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        candidate.getBytes(StandardCharsets.UTF_8));
    }

    private void requireStatus(Set<AppointmentStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw ProblemException.conflict(
                    "appointment-" + status.name().toLowerCase().replace('_', '-'),
                    "scheduling.appointment.wrongStatus",
                    status,
                    action);
        }
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String token() {
        return token;
    }

    public String unitId() {
        return unitId;
    }

    public String locationId() {
        return locationId;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public SeatPool pool() {
        return new SeatPool(pool);
    }

    public AppointmentStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String language() {
        return language;
    }

    public String madeBy() {
        return madeBy;
    }

    public String disruptionId() {
        return disruptionId;
    }

    public LocalDateTime replacementStart() {
        return replacementStart;
    }

    public String replacedByCode() {
        return replacedByCode;
    }

    public java.time.LocalDate deadline() {
        return deadline;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public List<String> services() {
        return List.copyOf(services);
    }
}
