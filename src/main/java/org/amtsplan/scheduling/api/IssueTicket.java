package org.amtsplan.scheduling.api;

/**
 * Command: a ticket for a citizen who arrived — the check-in of an appointment by its code (also
 * the QR code's payload), a walk-in for a service, or a referral issued on an earlier day.
 */
public record IssueTicket(String appointmentCode, WalkIn walkIn, String referral) {

    /**
     * A citizen without an appointment. {@code urgent} moves them forward in the queue, and so may
     * a {@code deadline} ("YYYY-MM-DD", e.g. a residence permit's expiry) by the department's rule.
     */
    public record WalkIn(
            String service,
            String name,
            String phone,
            Boolean urgent,
            java.time.LocalDate deadline) {}
}
