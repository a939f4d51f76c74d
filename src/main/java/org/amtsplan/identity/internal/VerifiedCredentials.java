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

    /** Whether this password was verified against this stored hash less than the lifetime ago. */
    synchronized boolean verified(
            String username, String password, String storedHash, Instant now) {
        String credential = credential(username, password);
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
    synchronized void remember(
            String username, String password, String storedHash, long generation, Instant now) {
        if (generation(username) != generation || lifetime.isZero()) {
            return;
        }
        if (byCredential.size() >= MAX_ENTRIES) {
            byCredential.clear();
        }
        byCredential.put(
                credential(username, password),
                new Verified(username, storedHash, now.plus(lifetime)));
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
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            // the separator keeps "ab"+"c" and "a"+"bc" apart; a username never holds a NUL
            hmac.update((byte) 0);
            return Base64.getEncoder()
                    .encodeToString(hmac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
