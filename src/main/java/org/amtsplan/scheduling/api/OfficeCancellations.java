package org.amtsplan.scheduling.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.platform.Message;

/**
 * What the kernel does for a disruption, without deciding anything: it reads what a scope holds,
 * cancels by office, sends waiting tickets away and gives cancelled appointments their seats back.
 * Who is affected, where walk-ins go and what lifting restores is decided by the disruption module.
 */
public interface OfficeCancellations {

    /** What a scope holds now, counted by the database; changes nothing. */
    ScopeCounts count(DisruptionScope scope, Set<AppointmentStatus> statuses);

    /**
     * Appointments in one of {@code statuses}, tickets still waiting on the scope's days, open
     * cases on those days, and the departments' other work in the window (dealer items).
     */
    record ScopeCounts(
            long appointments,
            long withoutEmail,
            long waitingTickets,
            long openCases,
            long otherWork) {}

    /**
     * In one transaction: every appointment of the scope in one of {@code statuses} becomes
     * CANCELLED_BY_OFFICE for this disruption (its seats are given back, its history says {@code
     * note}), open cases in the scope are interrupted with their notes kept, and the departments
     * move their other work (dealer items) out of the window. Returns the codes of the cancelled
     * appointments.
     */
    List<String> cancelByOffice(
            String disruptionId,
            DisruptionScope scope,
            Set<AppointmentStatus> statuses,
            Message note);

    /**
     * The tickets waiting at the scope's units and locations on the days {@code from} to {@code
     * to}, by arrival.
     */
    List<WaitingTicket> waitingTickets(DisruptionScope scope, LocalDate from, LocalDate to);

    /** A ticket in a waiting room; {@code appointmentCode} for a checked-in appointment. */
    record WaitingTicket(
            long id,
            String unit,
            String location,
            String number,
            String name,
            TicketKind kind,
            String appointmentCode) {}

    /** The days from {@code from} to {@code to} on which the unit is open at the location. */
    List<LocalDate> openDays(String unit, String location, LocalDate from, LocalDate to);

    /**
     * Each referred ticket ends (REFERRED) and its person gets a priority ticket for the given day;
     * each ended ticket ends with {@code endedBecause}. Returns the new numbers, in the order of
     * {@code referrals}.
     */
    List<String> sendAway(
            List<TicketReferral> referrals, List<Long> ended, AppointmentStatus endedBecause);

    /** A waiting ticket to refer to another day. */
    record TicketReferral(long ticketId, LocalDate day) {}

    /** The appointments cancelled for this disruption, earliest first. */
    List<AffectedAppointment> ofDisruption(String disruptionId);

    /** One appointment by its code and the citizen's token; empty when either does not match. */
    Optional<AffectedAppointment> find(String code, String token);

    /**
     * Each of these appointments, if still cancelled by this disruption, takes its original seats
     * again and takes place after all (a proposed replacement's seats are given back; the history
     * says {@code note}). One whose seats were taken meanwhile stays cancelled. Returns the codes
     * restored.
     */
    List<String> restore(String disruptionId, List<String> codes, Message note);

    /**
     * Someone the office could not serve and who had no appointment (a person to call back,
     * recorded at the counter) becomes one more person this disruption cancelled: an appointment
     * CANCELLED_BY_OFFICE for the disruption, for the service, starting when they were at the
     * counter, holding no seats, its history saying {@code note} by {@code person.staff()}. The
     * rebooking, its proposal mail, the citizen's acceptance and the contacts list then treat them
     * like everyone the disruption cancelled. No cancellation notice goes out: nothing they had
     * booked was cancelled. Returns its code.
     */
    String addUnserved(String disruptionId, UnservedPerson person, Message note);

    /** A person to add by {@link #addUnserved}; {@code at} in the city's time. */
    record UnservedPerson(
            String unit,
            String location,
            String service,
            LocalDateTime at,
            String name,
            String phone,
            String email,
            String language,
            String staff) {}

    /**
     * The cases this disruption interrupted (also those resumed or closed since), by the time of
     * interruption and ticket number: what the case holds now, so notes and documents recorded
     * later (on an offline counter) show.
     */
    List<InterruptedCase> interruptedCases(String disruptionId);

    /**
     * A case a disruption interrupted; {@code status} the case's now (INTERRUPTED, OPEN once
     * resumed, CLOSED).
     */
    record InterruptedCase(
            long ticketId,
            String ticketNumber,
            String unit,
            String location,
            String service,
            String name,
            String clerk,
            String counter,
            java.time.OffsetDateTime interruptedAt,
            String status,
            String notes,
            List<String> documents) {}

    /** The appointments with these codes (those that exist), as in {@link #ofDisruption}. */
    List<AffectedAppointment> byCodes(Collection<String> codes);
}
