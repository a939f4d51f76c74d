package org.amtsplan.scheduling.api;

import java.time.LocalDateTime;

/**
 * Facts about appointments, fired by the kernel inside its transaction. Observers that cause side
 * effects must use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: then they see only
 * what was committed.
 */
public sealed interface AppointmentEvent {

  String code();

  String unit();

  record Booked(String code, String unit, String location, LocalDateTime start, AppointmentStatus status)
      implements AppointmentEvent {}

  record Confirmed(String code, String unit) implements AppointmentEvent {}

  record Cancelled(String code, String unit, String by) implements AppointmentEvent {}

  record Rescheduled(String code, String unit, LocalDateTime from, LocalDateTime to) implements AppointmentEvent {}

  record Expired(String code, String unit) implements AppointmentEvent {}

  /** A disruption was lifted early and this appointment takes place at its original time after all. */
  record Restored(String code, String unit, String disruption) implements AppointmentEvent {}

  /** A replacement was proposed to an appointment a disruption cancelled. */
  record ReplacementProposed(String code, String unit, String disruption, LocalDateTime start) implements AppointmentEvent {}
}
