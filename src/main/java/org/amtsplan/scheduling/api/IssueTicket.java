package org.amtsplan.scheduling.api;

/**
 * Command: a ticket for a citizen who arrived — either the check-in of an appointment by its code
 * (also the QR code's payload) or a walk-in for a service.
 */
public record IssueTicket(String appointmentCode, WalkIn walkIn) {

  /** A citizen without an appointment; {@code urgent} moves them forward in the queue. */
  public record WalkIn(String service, String name, String phone, Boolean urgent) {}
}
