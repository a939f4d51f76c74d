package org.amtsplan.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.amtsplan.scheduling.api.AppointmentEvent;
import org.amtsplan.scheduling.api.AppointmentStatus;

/**
 * Turns appointment events into intents in the outbox, inside the transaction that fired them: a
 * message exists if and only if its cause was committed. Nothing is rendered here — the event's
 * facts are stored and the dispatcher writes the mail when it sends it. Citizens without an e-mail
 * address get nothing here; they are on the disruption's phone and letter list.
 */
@ApplicationScoped
public class AppointmentMessages {

    @Inject Outbox outbox;

    void write(@Observes AppointmentEvent event) {
        if (event.appointment().email() == null) {
            return;
        }
        kindOf(event).ifPresent(kind -> outbox.add(new MessageIntent(kind, event.appointment())));
    }

    /** Which message an event causes; expiry causes none. */
    static Optional<MessageKind> kindOf(AppointmentEvent event) {
        AppointmentStatus status = event.appointment().status();
        if (event instanceof AppointmentEvent.Booked) {
            return Optional.of(
                    status == AppointmentStatus.RESERVED
                            ? MessageKind.CONFIRM_REQUEST
                            : MessageKind.BOOKING_CONFIRMATION);
        } else if (event instanceof AppointmentEvent.Confirmed) {
            return Optional.of(MessageKind.BOOKING_CONFIRMATION);
        } else if (event instanceof AppointmentEvent.Rescheduled) {
            return Optional.of(MessageKind.RESCHEDULED);
        } else if (event instanceof AppointmentEvent.Restored) {
            return Optional.of(MessageKind.RESTORED);
        } else if (event instanceof AppointmentEvent.Cancelled) {
            return Optional.of(
                    status == AppointmentStatus.CANCELLED_BY_OFFICE
                            ? MessageKind.DISRUPTION_NOTICE
                            : MessageKind.CANCELLATION);
        } else if (event instanceof AppointmentEvent.ReplacementProposed proposed) {
            return Optional.of(
                    proposed.unserved()
                            ? MessageKind.UNSERVED_PROPOSAL
                            : MessageKind.REPLACEMENT_PROPOSAL);
        } else if (event instanceof AppointmentEvent.ReminderDue) {
            return Optional.of(MessageKind.REMINDER);
        }
        return Optional.empty();
    }
}
