package org.amtsplan.scheduling.api;

import java.time.Instant;

/**
 * Ticket numbers {@code from..to} of a unit at a location, reserved every day for one holder (an
 * offline counter device): the server never hands them out itself, and no other holder gets them.
 */
public record NumberBlock(
        String unit,
        String location,
        String ticketPrefix,
        int from,
        int to,
        String holder,
        Instant reservedAt,
        Instant revokedAt) {

    /**
     * Whether a ticket number ({@code K512}) is one of this block's, written as the server writes
     * it ({@link #format}): {@code K0512} would be stored as another number than {@code K512}.
     */
    public boolean holds(String number) {
        if (number == null
                || !number.startsWith(ticketPrefix)
                || !number.substring(ticketPrefix.length()).matches("[0-9]{1,6}")) {
            return false;
        }
        int value = Integer.parseInt(number.substring(ticketPrefix.length()));
        return value >= from && value <= to && number.equals(format(ticketPrefix, value));
    }

    /** A ticket number as the server writes it: the prefix and at least three digits. */
    public static String format(String ticketPrefix, int value) {
        return String.format("%s%03d", ticketPrefix, value);
    }
}
