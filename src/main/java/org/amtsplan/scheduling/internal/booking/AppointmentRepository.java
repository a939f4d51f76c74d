package org.amtsplan.scheduling.internal.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Where appointments, their history and idempotency keys are kept. */
public interface AppointmentRepository {

    Optional<Appointment> byCode(String code);

    /** The appointments with these codes, in the order of the codes; unknown codes are left out. */
    List<Appointment> byCodes(List<String> codes);

    Optional<Appointment> byId(long id);

    boolean codeTaken(String code);

    /** Stores a new appointment and assigns its id. */
    void add(Appointment appointment);

    /**
     * Writes pending changes now, so that a concurrent change of the same appointment fails here
     * (as a conflict) rather than at commit.
     */
    void flush();

    void record(AppointmentHistoryEntry entry);

    /**
     * Many entries at once (a disruption writes thousands): a few multi-row inserts instead of one
     * each.
     */
    void recordAll(List<AppointmentHistoryEntry> entries);

    /**
     * Sets these appointments CANCELLED_BY_OFFICE for a disruption with a few statements (the
     * caller holds their rows locked); answers how many changed.
     */
    int markCancelledByOffice(List<Long> ids, String disruptionId);

    List<AppointmentHistoryEntry> history(long appointmentId);

    /**
     * Writes the guard rows of an e-mail address and a phone number (either may be null), so that
     * two transactions booking for one contact conflict on a row before either counts the contact's
     * open appointments: on one node the second waits for the first to end, across Galera nodes one
     * of them fails certification and is run again. Must be the transaction's first statement that
     * reads: under REPEATABLE READ the snapshot of the later count is taken at the first read, and
     * only a snapshot taken after the guard is held sees the other booking.
     */
    void guardContact(String email, String phone);

    /** Open (RESERVED or BOOKED, not yet begun) appointments of a contact in a unit. */
    long openAppointments(
            String unitId, String email, String phone, LocalDateTime now, String exceptCode);

    /** Ids of holds and reservations whose time ran out. */
    List<Long> expired(Instant now, int limit);

    /**
     * Claims an idempotency key of one caller for the current transaction, naming the code of the
     * appointment this request books; false when it is taken (a concurrent claim waits until the
     * other transaction ends).
     */
    boolean claimIdempotencyKey(IdempotencyKey key, String appointmentCode, Instant now);

    /**
     * How the caller used this key before, if they did; the appointment once its creation
     * committed.
     */
    Optional<IdempotencyKey.Use> idempotencyKeyUse(IdempotencyKey key);
}
