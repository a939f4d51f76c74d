package org.amtsplan.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.amtsplan.scheduling.api.AppointmentReminders;

/**
 * The reminder the day before: the kernel marks each of tomorrow's booked appointments with an
 * e-mail address reminded and fires its {@code ReminderDue} in the same transaction, which {@link
 * AppointmentMessages} turns into the reminder in the outbox — so each citizen gets exactly one
 * however many instances run the job.
 */
@ApplicationScoped
public class Reminders {

    @Inject AppointmentReminders appointments;
    @Inject Clock clock;

    /** Writes the reminders still due for tomorrow; answers how many this call wrote. */
    public int writeDue() {
        return appointments.remindDue(LocalDate.now(clock).plusDays(1));
    }
}
