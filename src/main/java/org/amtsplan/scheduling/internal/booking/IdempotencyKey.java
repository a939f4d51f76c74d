package org.amtsplan.scheduling.internal.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An {@code Idempotency-Key} as the caller sent it, tied to who sent it and to what they sent: a
 * staff account's keys are its own ({@code staff:<username>}), anonymous callers share one space
 * ({@code public}) in which a key is only ever answered for the very same request body. The body is
 * reduced to a SHA-256 over a canonical encoding of its values, so the same values in another JSON
 * order or spacing are the same request.
 */
record IdempotencyKey(String scope, String caller, String key, String bodyHash) {

    static final String PUBLIC_CALLER = "public";

    /** How a key was used before: the body it came with and, once committed, what it created. */
    /** An earlier use: its body, and the appointment it booked (by code; keys before V11 by id). */
    record Use(String bodyHash, Optional<String> appointmentCode, Optional<Long> appointmentId) {}

    /**
     * The key of {@code staffUser}, or of an anonymous caller when empty, for a body of these
     * values.
     */
    public static IdempotencyKey of(
            String scope, Optional<String> staffUser, String key, List<?> bodyValues) {
        String caller = staffUser.map(user -> "staff:" + user).orElse(PUBLIC_CALLER);
        return new IdempotencyKey(scope, caller, key, hash(bodyValues));
    }

    /** Whether an earlier use came with the same body; a different body must not get its answer. */
    public boolean sameBodyAs(Use earlier) {
        return MessageDigest.isEqual(
                bodyHash.getBytes(StandardCharsets.US_ASCII),
                earlier.bodyHash().getBytes(StandardCharsets.US_ASCII));
    }

    static String hash(List<?> values) {
        StringBuilder canonical = new StringBuilder();
        encode(canonical, values);
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Length-prefixed values, so no two different bodies encode alike ("ab","c" is not "a","bc").
     */
    private static void encode(StringBuilder out, Object value) {
        if (value == null) {
            out.append('-');
        } else if (value instanceof List<?> list) {
            out.append('[').append(list.size()).append(':');
            list.forEach(element -> encode(out, element));
            out.append(']');
        } else {
            String text = value.toString();
            out.append('s').append(text.length()).append(':').append(text);
        }
    }
}
