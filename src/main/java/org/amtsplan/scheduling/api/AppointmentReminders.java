package org.amtsplan.scheduling.api;

import java.time.LocalDate;

/**
 * Use case: remind the citizens of a day's booked appointments. Each appointment is marked reminded
 * in its own transaction, which fires {@link AppointmentEvent.ReminderDue} — once per appointment
 * however many instances run the job at the same time.
 */
public interface AppointmentReminders {

    /**
     * Marks every booked appointment on {@code day} with an e-mail address not reminded yet;
     * answers how many this call marked.
     */
    int remindDue(LocalDate day);
}
