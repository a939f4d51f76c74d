package org.amtsplan.scheduling.internal.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    private static IdempotencyKey key(Optional<String> staff, Object... body) {
        return IdempotencyKey.of("appointments", staff, "k-1", Arrays.asList(body));
    }

    @Test
    void eachStaffAccountHasItsOwnKeysAndTheAnonymousPublicSharesOne() {
        assertEquals("staff:kfz-schalter", key(Optional.of("kfz-schalter"), "a").caller());
        assertEquals("staff:admin", key(Optional.of("admin"), "a").caller());
        assertEquals("public", key(Optional.empty(), "a").caller());
    }

    @Test
    void theSameValuesAreTheSameBodyAndAnyDifferenceIsAnother() {
        IdempotencyKey first =
                key(Optional.empty(), "svc", null, "mitte", "Erika", "erika@example.org");
        IdempotencyKey repeat =
                key(Optional.empty(), "svc", null, "mitte", "Erika", "erika@example.org");
        assertTrue(
                first.sameBodyAs(
                        new IdempotencyKey.Use(
                                repeat.bodyHash(), Optional.of("GJQ-CJC"), Optional.empty())));
        assertEquals(64, first.bodyHash().length());
        assertNotEquals(
                first.bodyHash(),
                key(Optional.empty(), "svc", null, "mitte", "Erika", "fremd@example.org")
                        .bodyHash());
        assertFalse(
                first.sameBodyAs(
                        new IdempotencyKey.Use(
                                key(
                                                Optional.empty(),
                                                "svc",
                                                null,
                                                "mitte",
                                                "Erika",
                                                "fremd@example.org")
                                        .bodyHash(),
                                Optional.empty(),
                                Optional.of(1L))));
    }

    @Test
    void theEncodingLeavesNoRoomForTwoBodiesToLookAlike() {
        assertNotEquals(
                key(Optional.empty(), "ab", "c").bodyHash(),
                key(Optional.empty(), "a", "bc").bodyHash());
        assertNotEquals(
                key(Optional.empty(), (Object) null).bodyHash(),
                key(Optional.empty(), "").bodyHash());
        assertNotEquals(
                key(Optional.empty(), "-").bodyHash(),
                key(Optional.empty(), (Object) null).bodyHash());
        assertNotEquals(
                key(Optional.empty(), List.of("a", "b"), null).bodyHash(),
                key(Optional.empty(), List.of("a"), "b").bodyHash());
    }
}
