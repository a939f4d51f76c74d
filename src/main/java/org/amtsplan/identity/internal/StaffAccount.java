package org.amtsplan.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A member of staff who logs in: the password is kept only as a salted PBKDF2 hash, the roles and
 * the units the account may act on as comma-separated sets.
 */
@Entity
@Table(name = "idn_staff_account")
public class StaffAccount {

    @Id
    @Column(name = "username", length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    @Column(name = "units", nullable = false, length = 400)
    private String units;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "dealer_id")
    private String dealerId;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected StaffAccount() {}

    public StaffAccount(
            String username,
            String passwordHash,
            Set<String> roles,
            Set<String> units,
            String dealerId,
            Instant createdAt) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a staff account needs at least one role");
        }
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = join(roles);
        this.units = join(units);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.dealerId = dealerId;
    }

    /** Failed logins in a row since the last success. */
    public int failedLogins() {
        return failedLogins;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public String dealerId() {
        return dealerId;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> roles() {
        return split(roles);
    }

    public Set<String> units() {
        return split(units);
    }

    private static String join(Set<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
