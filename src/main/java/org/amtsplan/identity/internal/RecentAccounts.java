package org.amtsplan.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Staff accounts as read from the database a moment ago (also "no such account"), by username as
 * the database compares it (case-insensitive). Bounded: when it holds too many names, for example
 * because someone tries thousands of made-up ones, it starts empty again.
 */
final class RecentAccounts {

    private static final int MAX_ENTRIES = 10_000;

    private record Read(Optional<StaffAccount> account, Instant until) {}

    private final Duration lifetime;
    private final Map<String, Read> byName = new ConcurrentHashMap<>();

    RecentAccounts(Duration lifetime) {
        this.lifetime = lifetime.isNegative() ? Duration.ZERO : lifetime;
    }

    Optional<StaffAccount> find(
            String username, Instant now, Supplier<Optional<StaffAccount>> read) {
        String key = key(username);
        Read found = byName.get(key);
        if (found != null && now.isBefore(found.until())) {
            return found.account();
        }
        Optional<StaffAccount> account = read.get();
        if (!lifetime.isZero()) {
            if (byName.size() >= MAX_ENTRIES) {
                byName.clear();
            }
            byName.put(key, new Read(account, now.plus(lifetime)));
        }
        return account;
    }

    void forget(String username) {
        byName.remove(key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
