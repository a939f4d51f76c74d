package org.amtsplan.scheduling.spi;

import java.time.LocalDate;
import org.amtsplan.platform.Message;

/**
 * A department's answer to a walk-in: admitted; refused with a reason the citizen can read; or
 * referred to a reserved place with its own number on a later day.
 */
public sealed interface WalkInDecision {

    WalkInDecision ADMITTED = new Admitted();

    static WalkInDecision refused(String key, Object... arguments) {
        return new Refused(Message.of(key, arguments));
    }

    record Admitted() implements WalkInDecision {}

    record Refused(Message reason) implements WalkInDecision {}

    record Referred(LocalDate date, String number, Message reason) implements WalkInDecision {}
}
