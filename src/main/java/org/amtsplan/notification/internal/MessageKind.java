package org.amtsplan.notification.internal;

/**
 * The messages the citizen gets about an appointment. The name is stored in the outbox and is the
 * prefix of the message's texts in the {@code Mails} bundles; the rest says which attachments the
 * mail carries.
 */
enum MessageKind {
    CONFIRM_REQUEST(Attachments.NONE),
    BOOKING_CONFIRMATION(Attachments.CALENDAR_AND_QR_CODE),
    RESCHEDULED(Attachments.CALENDAR_AND_QR_CODE),
    RESTORED(Attachments.CALENDAR_AND_QR_CODE),
    REMINDER(Attachments.CALENDAR_AND_QR_CODE),
    CANCELLATION(Attachments.CALENDAR),
    /** The notice of a disruption; the disruption's progress counts the delivered ones. */
    DISRUPTION_NOTICE(Attachments.NONE),
    REPLACEMENT_PROPOSAL(Attachments.PROPOSED_CALENDAR),
    /**
     * The same proposal to someone the office could not serve at the counter (the appointment's
     * start), who had booked nothing: it must not speak of their appointment.
     */
    UNSERVED_PROPOSAL(Attachments.PROPOSED_CALENDAR);

    enum Attachments {
        NONE,
        CALENDAR,
        CALENDAR_AND_QR_CODE,
        PROPOSED_CALENDAR
    }

    final Attachments attachments;

    MessageKind(Attachments attachments) {
        this.attachments = attachments;
    }
}
