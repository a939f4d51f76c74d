package org.amtsplan.scheduling.internal.booking;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.amtsplan.scheduling.internal.ledger.SeatLedger;

/**
 * Every 15 seconds, on every instance: ends holds and reservations whose time ran out and returns
 * held-back seats whose hold-back has passed. Each item is its own transaction and each change is
 * conditional, so instances running this at the same time never give a seat back twice.
 */
@Singleton
public class ExpiryAndReleaseSweeper {

    private static final Logger LOG = Logger.getLogger(ExpiryAndReleaseSweeper.class.getName());
    static final int BATCH = 200;

    @Inject AppointmentRepository appointments;
    @Inject SeatLedger ledger;
    @Inject BookingService booking;
    @Inject Clock clock;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            for (long id : appointments.expired(clock.instant(), BATCH)) {
                booking.expire(id);
            }
            for (long releaseId : ledger.dueReleases(clock.instant(), BATCH)) {
                booking.releaseHeldBackSeat(releaseId);
            }
        } catch (RuntimeException e) {
            // the next run tries again; a failure must not stop the timer
            LOG.log(Level.WARNING, "Sweep of expired reservations failed; retrying in 15 s", e);
        }
    }
}
