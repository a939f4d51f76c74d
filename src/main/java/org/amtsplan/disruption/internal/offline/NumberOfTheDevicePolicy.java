package org.amtsplan.disruption.internal.offline;

import java.util.Optional;
import org.amtsplan.platform.FieldError;
import org.amtsplan.scheduling.api.NumberBlock;

/**
 * A device issues only the ticket numbers of its own block (with its unit's prefix), so that no
 * other device and not the server can have issued the same number that day.
 */
final class NumberOfTheDevicePolicy {

    static final String FIELD = "number";

    private NumberOfTheDevicePolicy() {}

    static Optional<FieldError> evaluate(String number, NumberBlock block) {
        if (number == null || number.isBlank() || block.holds(number.strip())) {
            return Optional.empty();
        }
        return Optional.of(
                new FieldError(
                        FIELD,
                        "disruption.offline.numberOutsideBlock",
                        block.ticketPrefix() + block.from(),
                        block.ticketPrefix() + block.to()));
    }
}
