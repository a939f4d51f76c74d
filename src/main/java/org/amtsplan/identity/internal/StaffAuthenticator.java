package org.amtsplan.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password against the stored account. The account's row is remembered for
 * {@code amtsplan.login.accountMillis} (default two seconds) so that a clerk's burst of requests
 * reads it once instead of once per request (a connection and a query each); a change on this
 * instance (failed login, unlock, deletion, a new account) drops it at once, a lock or deletion on
 * another instance takes effect here within that time. The slow PBKDF2 comparison is remembered
 * ({@link VerifiedCredentials}, at most one minute, {@code amtsplan.login.verifiedSeconds}), so
 * HTTP Basic pays for it at most once per credential and minute. Repeated failures lock the account
 * for a while ({@code amtsplan.login.maxFailures} in a row, {@code amtsplan.login.lockMinutes}); an
 * admin can lift the lock earlier.
 *
 * <p>Every refusal costs the same work, so response times do not tell which usernames exist: a
 * wrong password is always checked with the full PBKDF2 (only a right one may be answered from the
 * remembered verification), and an unknown or locked name is checked against a dummy hash of the
 * same work factor and recorded as a failure like a known one.
 */
@ApplicationScoped
public class StaffAuthenticator {

    /** Who is calling: the account's name, roles and the units it may act on. */
    public record StaffIdentity(
            String username, Set<String> roles, Set<String> units, String dealerId) {}

    @Inject StaffAccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "amtsplan.login.maxFailures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "amtsplan.login.lockMinutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "amtsplan.login.verifiedSeconds", defaultValue = "60")
    int verifiedSeconds;

    @Inject
    @ConfigProperty(name = "amtsplan.login.accountMillis", defaultValue = "2000")
    long accountMillis;

    private VerifiedCredentials verified;
    private RecentAccounts recent;
    private String dummyHash;

    @PostConstruct
    void prepare() {
        verified = new VerifiedCredentials(Duration.ofSeconds(verifiedSeconds));
        recent = new RecentAccounts(Duration.ofMillis(accountMillis));
        // made once before the first login, so the first unknown name costs no more than any other
        dummyHash = hasher.hash(Arrays.toString(new SecureRandom().generateSeed(16)));
    }

    public Optional<StaffIdentity> authenticate(String username, String password) {
        if (username == null || username.isBlank() || password == null) {
            return Optional.empty();
        }
        Optional<StaffAccount> account =
                recent.find(username, clock.instant(), () -> accounts.find(username));
        if (account.isEmpty()) {
            // the same work as for a real account, so response times do not reveal usernames: one
            // PBKDF2
            // and the same update (it finds no row)
            verified.checkOnce(
                    username, password, dummyHash, () -> hasher.matches(password, dummyHash));
            accounts.failedLogin(
                    username, maxFailures, clock.instant().plus(Duration.ofMinutes(lockMinutes)));
            recent.forget(username);
            return Optional.empty();
        }
        StaffAccount found = account.get();
        // the stored name, not the typed one: the database finds "Admin" for "admin"
        String name = found.username();
        long generation = verified.generation(name);
        Instant now = clock.instant();
        if (found.lockedAt(now)) {
            // locked: not even the right password opens it, and the answer looks like any failure
            verified.forget(name);
            verified.checkOnce(
                    name, password, dummyHash, () -> hasher.matches(password, dummyHash));
            return Optional.empty();
        }
        if (!verified.verified(name, password, found.passwordHash(), now)) {
            // not verified in the last minute: the full check, as slow as for an unknown name
            String stored = found.passwordHash();
            if (!verified.checkOnce(
                    name, password, stored, () -> hasher.matches(password, stored))) {
                accounts.failedLogin(name, maxFailures, now.plus(Duration.ofMinutes(lockMinutes)));
                verified.forget(name);
                recent.forget(name);
                return Optional.empty();
            }
            // guesses sent in parallel may have locked the account while this one was being checked
            if (!accounts.unlockedAt(name, clock.instant())) {
                return Optional.empty();
            }
            verified.remember(name, password, found.passwordHash(), generation, now);
        }
        if (found.failedLogins() > 0) {
            accounts.clearFailedLoginsUnlessLocked(found.username(), clock.instant());
            recent.forget(name);
        }
        return Optional.of(
                new StaffIdentity(
                        found.username(), found.roles(), found.units(), found.dealerId()));
    }

    /**
     * An admin unlocked or deleted the account: nothing verified for it before counts any more
     * here.
     */
    public void forget(String username) {
        verified.forget(username);
        recent.forget(username);
    }
}
