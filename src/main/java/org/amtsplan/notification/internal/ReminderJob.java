package org.amtsplan.notification.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes on every instance: the reminders of tomorrow's appointments not written yet.
 */
@Singleton
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject Reminders reminders;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            int written = reminders.writeDue();
            if (written > 0) {
                LOG.info("Reminders written for tomorrow: " + written);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders failed; retrying in ten minutes", e);
        }
    }
}
