package org.amtsplan.scheduling.api;

import java.time.OffsetDateTime;

/**
 * Facts about appointments, fired by the kernel inside its transaction. Each event carries the
 * appointment as it is after the change ({@link AppointmentFacts}), so observers never call back
 * into the kernel. Observers that cause side effects outside the database must use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: then they see only what was
 * committed; observers that write to the database in the same transaction (the outbox) observe it
 * inside.
 */
public sealed interface AppointmentEvent {

    AppointmentFacts appointment();

    default String code() {
        return appointment().code();
    }

    default String unit() {
        return appointment().unit();
    }

    /** RESERVED (a citizen must still confirm) or BOOKED, as the appointment's status says. */
    record Booked(AppointmentFacts appointment) implements AppointmentEvent {}

    record Confirmed(AppointmentFacts appointment) implements AppointmentEvent {}

    record Cancelled(AppointmentFacts appointment, String by) implements AppointmentEvent {}

    /** Moved from {@code from} to the appointment's (new) start. */
    record Rescheduled(AppointmentFacts appointment, OffsetDateTime from)
            implements AppointmentEvent {}

    record Expired(AppointmentFacts appointment) implements AppointmentEvent {}

    /**
     * A disruption was lifted early and this appointment takes place at its original time after
     * all.
     */
    record Restored(AppointmentFacts appointment, String disruption) implements AppointmentEvent {}

    /**
     * A replacement was proposed (at the appointment's replacement start) to an appointment a
     * disruption cancelled; {@code unserved} when that appointment only stands in for a person the
     * office could not serve at the counter (at the appointment's start), who had booked nothing.
     */
    record ReplacementProposed(AppointmentFacts appointment, String disruption, boolean unserved)
            implements AppointmentEvent {}

    /**
     * The appointment is tomorrow and has just been marked reminded: exactly one of these per
     * appointment.
     */
    record ReminderDue(AppointmentFacts appointment) implements AppointmentEvent {}
}
