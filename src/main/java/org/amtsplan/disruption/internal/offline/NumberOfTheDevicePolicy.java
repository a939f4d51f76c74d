package org.amtsplan.disruption.internal.offline;

import java.util.Optional;
import org.amtsplan.platform.FieldError;
import org.amtsplan.scheduling.api.NumberBlock;

/**
 * A device issues only the ticket numbers of its own block (with its unit's prefix), written as the
 * server writes them, so that no other device and not the server can have issued the same number
 * that day.
 */
final class NumberOfTheDevicePolicy {

    static final String FIELD = "number";

    private NumberOfTheDevicePolicy() {}

    static Optional<FieldError> evaluate(String number, NumberBlock block) {
        if (number == null || number.isBlank() || block.holds(number)) {
            return Optional.empty();
        }
        String digits =
                number.strip()
                        .substring(
                                Math.min(number.strip().length(), block.ticketPrefix().length()));
        if (number.strip().startsWith(block.ticketPrefix()) && digits.matches("[0-9]{1,6}")) {
            String canonical = NumberBlock.format(block.ticketPrefix(), Integer.parseInt(digits));
            if (block.holds(canonical)) {
                // K0512 would be stored as another number than K512, the one the server knows
                return Optional.of(
                        new FieldError(FIELD, "disruption.offline.numberForm", canonical));
            }
        }
        return Optional.of(
                new FieldError(
                        FIELD,
                        "disruption.offline.numberOutsideBlock",
                        block.ticketPrefix() + block.from(),
                        block.ticketPrefix() + block.to()));
    }
}
