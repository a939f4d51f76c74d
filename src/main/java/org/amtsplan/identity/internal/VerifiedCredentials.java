package org.amtsplan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The credentials this instance has verified with the slow PBKDF2 in the last minute, so HTTP Basic
 * pays for PBKDF2 at most once per credential and minute instead of on every request.
 *
 * <p>An entry is found only by the same username <em>and</em> password: its key is an HMAC of both
 * under a random key of this instance (never stored, never the password itself), and it remembers
 * the stored hash it was verified against, so a password changed anywhere no longer matches. It is
 * only an answer to "was this password right for this hash": whether the account still exists and
 * is unlocked is read from the database on every request by {@link StaffAuthenticator}, never from
 * here. Entries of an account are dropped at once on this instance when it fails a login, is
 * locked, unlocked or deleted.
 */
final class VerifiedCredentials {

    /** The longest an entry may live: the limit of one PBKDF2 per credential and minute. */
    static final Duration LONGEST = Duration.ofMinutes(1);

    private static final int MAX_ENTRIES = 10_000;

    private record Verified(String username, String storedHash, Instant until) {}

    private final Duration lifetime;
    private final byte[] key = new SecureRandom().generateSeed(32);
    private final Map<String, Verified> byCredential = new HashMap<>();

    /** The full checks running now, by credential and stored hash. */
    private final Map<String, CompletableFuture<Boolean>> checks = new ConcurrentHashMap<>();

    /**
     * A MAC per thread, keyed once: looking up the provider on every request costs more than the
     * MAC.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /**
     * Bumped when an account's entries are dropped; a verification that started before is not kept.
     */
    private final Map<String, Long> generationByUsername = new HashMap<>();

    /**
     * Bumped when the generations are cleared (to bound memory), so no earlier generation matches
     * again.
     */
    private long epoch;

    VerifiedCredentials(Duration lifetime) {
        this.lifetime =
                lifetime.compareTo(LONGEST) > 0 || lifetime.isNegative() ? LONGEST : lifetime;
    }

    /**
     * The full check of one credential against one stored hash, run once however many requests ask
     * for it at the same moment: when a remembered entry runs out under load, every request in
     * flight with the same password would otherwise pay for its own PBKDF2 (32 at once, every
     * minute). Requests that find the check running wait for its answer, which takes as long as
     * their own check would have.
     */
    boolean checkOnce(String username, String password, String storedHash, BooleanSupplier check) {
        String key = credential(username, password) + '\n' + storedHash;
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checks.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            boolean matches = check.getAsBoolean();
            mine.complete(matches);
            return matches;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checks.remove(key, mine);
        }
    }

    /** Whether this password was verified against this stored hash less than the lifetime ago. */
    boolean verified(String username, String password, String storedHash, Instant now) {
        String credential = credential(username, password);
        synchronized (this) {
            return verified(credential, storedHash, now);
        }
    }

    private boolean verified(String credential, String storedHash, Instant now) {
        Verified found = byCredential.get(credential);
        if (found == null) {
            return false;
        }
        if (!now.isBefore(found.until())) {
            byCredential.remove(credential);
            return false;
        }
        return MessageDigest.isEqual(
                found.storedHash().getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Taken before the slow check; {@link #remember} keeps its result only if nothing was dropped
     * since.
     */
    synchronized long generation(String username) {
        return (epoch << 32) + generationByUsername.getOrDefault(username, 0L);
    }

    /**
     * Remembers a successful PBKDF2 check, unless the account's entries were dropped while it ran.
     */
    void remember(
            String username, String password, String storedHash, long generation, Instant now) {
        String credential = credential(username, password);
        synchronized (this) {
            keep(username, credential, storedHash, generation, now);
        }
    }

    private void keep(
            String username, String credential, String storedHash, long generation, Instant now) {
        if (generation(username) != generation || lifetime.isZero()) {
            return;
        }
        if (byCredential.size() >= MAX_ENTRIES) {
            byCredential.clear();
        }
        byCredential.put(credential, new Verified(username, storedHash, now.plus(lifetime)));
    }

    /**
     * Drops every entry of the account on this instance: a failed login, a lock, an unlock, a
     * deletion.
     */
    synchronized void forget(String username) {
        byCredential.values().removeIf(v -> v.username().equals(username));
        if (generationByUsername.size() >= MAX_ENTRIES) {
            // the generations only need to outlive the PBKDF2 checks running right now; a new epoch
            // makes
            // their results be dropped, never kept wrongly
            generationByUsername.clear();
            epoch++;
        }
        generationByUsername.merge(username, 1L, Long::sum);
    }

    synchronized int size() {
        return byCredential.size();
    }

    private String credential(String username, String password) {
        Mac hmac = macs.get();
        hmac.update(username.getBytes(StandardCharsets.UTF_8));
        // the separator keeps "ab"+"c" and "a"+"bc" apart; a username never holds a NUL
        hmac.update((byte) 0);
        return Base64.getEncoder()
                .encodeToString(hmac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
