package org.amtsplan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentAccountsTest {

    private static final Instant NOW = Instant.parse("2030-06-04T08:00:00Z");
    private final RecentAccounts recent = new RecentAccounts(Duration.ofSeconds(2));
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<StaffAccount> read(String name) {
        reads.incrementAndGet();
        return Optional.of(
                new StaffAccount(name, "hash", Set.of("CLERK"), Set.of("vehicle"), null, NOW));
    }

    @Test
    void aBurstOfRequestsReadsTheAccountOnceWhatever() {
        recent.find("kfz-schalter", NOW, () -> read("kfz-schalter"));
        recent.find("KFZ-Schalter", NOW.plusMillis(500), () -> read("kfz-schalter"));
        recent.find("kfz-schalter", NOW.plusMillis(1999), () -> read("kfz-schalter"));
        assertEquals(1, reads.get());
    }

    @Test
    void aLockOrDeletionElsewhereIsSeenOnceTheLifetimeHasPassed() {
        recent.find("kfz-schalter", NOW, () -> read("kfz-schalter"));
        Optional<StaffAccount> later =
                recent.find("kfz-schalter", NOW.plusSeconds(2), Optional::empty);
        assertTrue(later.isEmpty());
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnce() {
        recent.find("kfz-schalter", NOW, () -> read("kfz-schalter"));
        recent.forget("KFZ-SCHALTER");
        assertTrue(recent.find("kfz-schalter", NOW.plusMillis(1), Optional::empty).isEmpty());
    }

    @Test
    void aLifetimeOfZeroReadsEveryTime() {
        RecentAccounts never = new RecentAccounts(Duration.ZERO);
        never.find("admin", NOW, () -> read("admin"));
        never.find("admin", NOW, () -> read("admin"));
        assertEquals(2, reads.get());
    }
}
