package org.amtsplan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP Basic pays for PBKDF2 at most once per credential and minute, and what is remembered never
 * opens an account that is locked, deleted or has another password now — neither when this instance
 * changed it nor when another instance did (the account is read from the database every time).
 */
class StaffAuthenticatorTest {

    private static final String NAME = "kfz-schalter";
    private static final String RIGHT = "Linde-Brücke-Abend-7";

    private final MovableClock clock = new MovableClock();
    private final CountingHasher hasher = new CountingHasher();
    private final Accounts accounts = new Accounts();
    private final StaffAuthenticator authenticator = new StaffAuthenticator();

    @BeforeEach
    void prepare() {
        authenticator.accounts = accounts;
        authenticator.hasher = hasher;
        authenticator.clock = clock;
        authenticator.maxFailures = 5;
        authenticator.lockMinutes = 15;
        authenticator.verifiedSeconds = 60;
        authenticator.prepare();
        accounts.put(
                new StaffAccount(
                        NAME,
                        hasher.hash(RIGHT),
                        Set.of("clerk"),
                        Set.of("vehicle"),
                        null,
                        clock.instant()));
        hasher.checks = 0;
    }

    @Test
    void theRightPasswordPaysForPbkdf2OnceAMinute() {
        for (int i = 0; i < 100; i++) {
            assertTrue(signIn(RIGHT));
        }
        assertEquals(1, hasher.checks, "one PBKDF2 for a hundred requests within the minute");
        clock.pass(Duration.ofSeconds(61));
        assertTrue(signIn(RIGHT));
        assertEquals(2, hasher.checks, "after a minute the password is checked in full again");
    }

    @Test
    void requestsArrivingTogetherWhenTheRememberedCheckRanOutPayForOnePbkdf2() throws Exception {
        SlowHasher slow = new SlowHasher();
        authenticator.hasher = slow;
        accounts.put(
                new StaffAccount(
                        "kfz-leitung",
                        slow.hash(RIGHT),
                        Set.of("head"),
                        Set.of("vehicle"),
                        null,
                        clock.instant()));
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Optional<StaffAuthenticator.StaffIdentity>>> all =
                    new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                all.add(pool.submit(() -> authenticator.authenticate("kfz-leitung", RIGHT)));
            }
            for (var each : all) {
                assertTrue(each.get().isPresent(), "every request is signed in");
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, slow.checks.get(), "sixteen requests at once, one PBKDF2");
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedInFull() {
        assertTrue(signIn(RIGHT));
        for (int i = 0; i < 3; i++) {
            assertFalse(signIn("Linde-Brücke-Abend-8"));
        }
        assertEquals(4, hasher.checks, "the right password once, each wrong one in full");
    }

    @Test
    void fiveFailuresLockTheAccountAlthoughItsPasswordWasJustRemembered() {
        assertTrue(signIn(RIGHT));
        for (int i = 0; i < 5; i++) {
            assertFalse(signIn("geraten-" + i + "-Passwort"));
        }
        assertFalse(signIn(RIGHT), "locked: not even the right password opens it");
        clock.pass(Duration.ofMinutes(16));
        assertTrue(signIn(RIGHT), "the lock ends after its time");
    }

    @Test
    void aLockSetByAnotherInstanceKeepsARememberedPasswordOut() {
        assertTrue(signIn(RIGHT));
        accounts.lockUntil(NAME, clock.instant().plus(Duration.ofMinutes(15)));
        assertFalse(signIn(RIGHT));
    }

    @Test
    void aPasswordChangedElsewhereIsNoLongerAnsweredFromMemory() {
        assertTrue(signIn(RIGHT));
        accounts.put(
                new StaffAccount(
                        NAME,
                        hasher.hash("Neues-Passwort-2026"),
                        Set.of("clerk"),
                        Set.of("vehicle"),
                        null,
                        clock.instant()));
        assertFalse(signIn(RIGHT), "the old password");
        assertTrue(signIn("Neues-Passwort-2026"));
    }

    @Test
    void aDeletedAccountIsRefusedAtOnce() {
        assertTrue(signIn(RIGHT));
        accounts.remove(NAME);
        authenticator.forget(NAME);
        assertFalse(signIn(RIGHT));
    }

    @Test
    void rolesChangedInTheDatabaseApplyToTheNextRequest() {
        assertTrue(signIn(RIGHT));
        accounts.put(
                new StaffAccount(
                        NAME,
                        accounts.find(NAME).orElseThrow().passwordHash(),
                        Set.of("head"),
                        Set.of("vehicle"),
                        null,
                        clock.instant()));
        assertEquals(Set.of("head"), authenticator.authenticate(NAME, RIGHT).orElseThrow().roles());
        assertEquals(1, hasher.checks, "the same hash: still remembered");
    }

    @Test
    void aCheckThatRanWhileTheAccountFailedElsewhereOnThisInstanceIsNotRemembered() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(1));
        long before = verified.generation(NAME);
        verified.forget(NAME);
        verified.remember(NAME, RIGHT, "hash", before, clock.instant());
        assertFalse(verified.verified(NAME, RIGHT, "hash", clock.instant()));
        verified.remember(NAME, RIGHT, "hash", verified.generation(NAME), clock.instant());
        assertTrue(verified.verified(NAME, RIGHT, "hash", clock.instant()));
        assertFalse(
                verified.verified(NAME, RIGHT + "x", "hash", clock.instant()), "another password");
        assertFalse(
                verified.verified("kfz-leitung", RIGHT, "hash", clock.instant()),
                "another account");
    }

    @Test
    void noEntryLivesLongerThanAMinuteWhateverIsConfigured() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofHours(1));
        verified.remember(NAME, RIGHT, "hash", verified.generation(NAME), clock.instant());
        assertFalse(
                verified.verified(
                        NAME, RIGHT, "hash", clock.instant().plus(Duration.ofSeconds(60))));
    }

    private boolean signIn(String password) {
        return authenticator.authenticate(NAME, password).isPresent();
    }

    /** PBKDF2 stand-in that counts the full checks. */
    /** A PBKDF2 that takes a while, long enough for the requests to arrive during it. */
    static final class SlowHasher extends PasswordHasher {
        final java.util.concurrent.atomic.AtomicInteger checks =
                new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public String hash(String password) {
            return "pbkdf2:" + password;
        }

        @Override
        public boolean matches(String password, String storedHash) {
            checks.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return storedHash.equals(hash(password));
        }
    }

    static final class CountingHasher extends PasswordHasher {
        int checks;

        @Override
        public String hash(String password) {
            return "pbkdf2:" + password;
        }

        @Override
        public boolean matches(String password, String storedHash) {
            checks++;
            return storedHash.equals(hash(password));
        }
    }

    /** The account table as the database holds it: every find reads the current row. */
    static final class Accounts implements StaffAccountRepository {
        private final Map<String, StaffAccount> rows = new HashMap<>();

        void put(StaffAccount account) {
            rows.put(account.username(), account);
        }

        void lockUntil(String username, Instant until) {
            set(rows.get(username), "lockedUntil", until);
        }

        @Override
        public Optional<StaffAccount> find(String username) {
            return Optional.ofNullable(rows.get(username));
        }

        @Override
        public boolean add(StaffAccount account) {
            return rows.putIfAbsent(account.username(), account) == null;
        }

        @Override
        public List<StaffAccount> all() {
            return List.copyOf(rows.values());
        }

        @Override
        public boolean remove(String username) {
            return rows.remove(username) != null;
        }

        @Override
        public void failedLogin(String username, int maxFailures, Instant lockUntil) {
            StaffAccount account = rows.get(username);
            if (account != null) {
                if (account.failedLogins() + 1 >= maxFailures) {
                    set(account, "lockedUntil", lockUntil);
                }
                set(account, "failedLogins", account.failedLogins() + 1);
            }
        }

        @Override
        public void clearFailedLogins(String username) {
            set(rows.get(username), "failedLogins", 0);
            set(rows.get(username), "lockedUntil", null);
        }

        @Override
        public void clearFailedLoginsUnlessLocked(String username, Instant now) {
            if (!rows.get(username).lockedAt(now)) {
                set(rows.get(username), "failedLogins", 0);
            }
        }

        @Override
        public boolean unlockedAt(String username, Instant now) {
            return rows.containsKey(username) && !rows.get(username).lockedAt(now);
        }

        private static void set(StaffAccount account, String field, Object value) {
            try {
                Field f = StaffAccount.class.getDeclaredField(field);
                f.setAccessible(true);
                f.set(account, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
