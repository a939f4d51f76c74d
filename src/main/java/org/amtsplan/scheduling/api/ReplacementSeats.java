package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.platform.Message;

/**
 * The capacity reserved for one disruption (pool {@code REPLACEMENT:<id>}): reading it, holding
 * seats in it for proposed replacements, and booking a replacement. Which appointment gets which
 * seat is the disruption module's decision.
 */
public interface ReplacementSeats {

    /** The sessions with these ids, with the disruption each is reserved for (if any). */
    List<ReservedSession> sessions(Set<Long> ids);

    /**
     * A dated session; {@code reservedFor} is the disruption whose replacement capacity it is, or
     * null.
     */
    record ReservedSession(
            long id,
            String unit,
            String location,
            LocalDate day,
            LocalTime from,
            LocalTime to,
            String reservedFor) {}

    /**
     * The days from {@code from} on with capacity reserved for the disruption at these places, each
     * slot with its capacity and what is taken. The slots' ledger rows stay locked until the
     * caller's transaction ends, so the caller may place people in memory and hold their seats with
     * {@link #propose}.
     */
    List<ReservedDay> lockReservedDays(
            String disruptionId, Set<UnitAtLocation> places, LocalDate from);

    /**
     * The days from {@code from} on with capacity reserved for the disruption at one place, read
     * without locks (what a citizen may choose from).
     */
    List<ReservedDay> reservedDays(String disruptionId, UnitAtLocation place, LocalDate from);

    /** The disruption's reserved capacity on one day at one place, read without locks. */
    Optional<ReservedDay> reservedDay(String disruptionId, UnitAtLocation place, LocalDate day);

    /** A day of reserved capacity at one place: its slot length and its slots in order. */
    record ReservedDay(
            UnitAtLocation place, LocalDate date, int slotMinutes, List<ReservedSlot> slots) {}

    /** A slot of reserved capacity: how many seats it has and how many are taken. */
    record ReservedSlot(LocalDateTime start, int capacity, int taken) {}

    /**
     * Holds the seats of each proposal (slots locked by {@link #lockReservedDays}) and records the
     * proposed start on the appointment. Appointments no longer cancelled by this disruption, or
     * that already have a proposal, are left alone. Returns how many were proposed.
     */
    int propose(String disruptionId, List<Proposal> proposals);

    /** Seats for one appointment: its code and the consecutive slots it needs, earliest first. */
    record Proposal(String code, List<LocalDateTime> slots) {}

    /**
     * Books the replacement in {@code slots} (of {@code slotMinutes} each): their seats are taken
     * (unless {@code seatsHeld}, as for an accepted proposal) and a proposal's seats not used are
     * given back; a new BOOKED appointment is made and the old one becomes REBOOKED, pointing to
     * it. Empty when a seat was no longer free; the caller's transaction must then roll back.
     */
    Optional<AppointmentView> book(
            String code, List<LocalDateTime> slots, int slotMinutes, boolean seatsHeld);

    /**
     * The citizen wants no replacement: a proposal's seats go back to the reserved capacity, the
     * appointment stays cancelled by the office and is marked declined (declining twice changes
     * nothing more). Returns the appointment as its citizen sees it.
     */
    AppointmentView decline(String code);

    /**
     * The office withdraws the replacement, not the citizen (staff settled the matter otherwise,
     * e.g. called a person back): a proposal's seats go back to the reserved capacity, the
     * appointment stays cancelled by the office, gets no further proposal and is marked withdrawn,
     * its history saying {@code note} by {@code staff}. Withdrawing twice changes nothing more.
     * False when the appointment is no longer cancelled by the office (accepted meanwhile).
     */
    boolean withdraw(String code, String staff, Message note);
}
