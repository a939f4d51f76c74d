package org.amtsplan.scheduling.internal.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every night at 03:15 on every instance (the second finds nothing left to erase). */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject Retention retention;

    @Schedule(hour = "3", minute = "15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            Retention.Erased erased = retention.run();
            LOG.info(
                    "Retention: personal data erased from "
                            + erased.appointments()
                            + " appointments, "
                            + erased.tickets()
                            + " tickets and "
                            + erased.otherRecords()
                            + " other records");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention failed; next run tomorrow", e);
        }
    }
}
