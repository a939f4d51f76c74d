package org.amtsplan.scheduling.spi;

import org.amtsplan.platform.Message;

/**
 * A policy's answer: allowed, or rejected with the field it concerns and a reason a citizen can
 * read (a key of the deciding module's bundle with its values).
 */
public sealed interface Decision {

    Decision ALLOWED = new Allowed();

    static Decision rejected(String field, String key, Object... arguments) {
        return new Rejected(field, Message.of(key, arguments));
    }

    record Allowed() implements Decision {}

    record Rejected(String field, Message reason) implements Decision {}
}
