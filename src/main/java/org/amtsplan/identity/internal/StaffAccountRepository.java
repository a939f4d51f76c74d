package org.amtsplan.identity.internal;

import java.util.Optional;

/** Where staff accounts are kept. */
public interface StaffAccountRepository {

    Optional<StaffAccount> find(String username);

    /** Stores a new account; returns false when the username is taken. */
    boolean add(StaffAccount account);

    java.util.List<StaffAccount> all();

    /** Removes an account; false when there was none. */
    boolean remove(String username);

    /**
     * Counts a failed login; the {@code maxFailures}-th in a row locks the account until {@code
     * lockUntil}.
     */
    void failedLogin(String username, int maxFailures, java.time.Instant lockUntil);

    /** An admin's unlock: starts the count again and lifts a lock. */
    void clearFailedLogins(String username);

    /** A successful login starts the count again, but never lifts a lock that is in force. */
    void clearFailedLoginsUnlessLocked(String username, java.time.Instant now);

    /** Whether the account exists and is not locked at this moment, read from the database. */
    boolean unlockedAt(String username, java.time.Instant now);
}
