package org.amtsplan.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amtsplan.identity.internal.StaffAuthenticator.StaffIdentity;
import org.amtsplan.platform.RetriedOnConflict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pages' sign-in sessions, kept in the database so that every instance behind the balancer
 * knows them. A session id is 256 random bits, handed to the browser once (in the cookie) and
 * stored only as its SHA-256 hash. Its CSRF token is derived from the id (a hash of it under
 * another label), so it needs no column and cannot be turned back into the id.
 *
 * <p>Every request reads the session together with the account's current row: a deleted account, a
 * lock-out or changed roles and units take effect on the next request, on every instance.
 */
@ApplicationScoped
@RetriedOnConflict // two sign-ins sweeping ended rows, or a touch, may meet on a Galera cluster
public class StaffSessions {

    /** A session just opened: the id for the cookie and the CSRF token for the page. */
    public record Opened(String id, String csrfToken) {}

    /** A session that is still good, with who it belongs to as the account stands now. */
    public record Active(StaffIdentity identity, String csrfToken, boolean kiosk) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "amtsplan.session.idleMinutes", defaultValue = "30")
    long idleMinutes;

    @Inject
    @ConfigProperty(name = "amtsplan.session.absoluteHours", defaultValue = "10")
    long absoluteHours;

    private SessionTimeouts timeouts;

    @PostConstruct
    void prepare() {
        timeouts =
                new SessionTimeouts(
                        Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours), clock);
    }

    /** Opens a session for an account whose password was just checked. */
    @Transactional
    public Opened open(String username, boolean kiosk) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String id = TOKEN.encodeToString(random);
        Timestamp now = Timestamp.from(timeouts.now());
        // ended sessions are dropped here, so the table holds about the sessions of one day
        em.createNativeQuery("delete from idn_session where last_seen_at < ?1 or created_at < ?2")
                .setParameter(1, Timestamp.from(timeouts.idleSince()))
                .setParameter(2, Timestamp.from(timeouts.createdBefore()))
                .executeUpdate();
        em.createNativeQuery(
                        "insert into idn_session (id_hash, username, created_at, last_seen_at,"
                                + " kiosk) values (?1, ?2, ?3, ?3, ?4)")
                .setParameter(1, hash(id))
                .setParameter(2, username)
                .setParameter(3, now)
                .setParameter(4, kiosk)
                .executeUpdate();
        return new Opened(id, csrfTokenOf(id));
    }

    /**
     * The session of this id if it is still good and its account exists and is not locked; writes
     * its last activity when that is more than a minute old.
     */
    @Transactional
    public Optional<Active> find(String id) {
        return find(id, true);
    }

    /**
     * As {@link #find(String)}; a page's own refresh in the background ({@code activity} false: the
     * counter's queue every few seconds) is no activity of the clerk, so it does not keep an
     * unattended workstation signed in.
     */
    @Transactional
    public Optional<Active> find(String id, boolean activity) {
        if (id == null || id.length() != 43) {
            return Optional.empty(); // not one of ours: 32 bytes are 43 base64url characters
        }
        String hash = hash(id);
        List<?> rows =
                em.createNativeQuery(
                                "select s.created_at, s.last_seen_at, a.username, a.roles, a.units,"
                                        + " a.dealer_id, a.locked_until, s.kiosk from idn_session s"
                                        + " join idn_staff_account a on a.username = s.username"
                                        + " where s.id_hash = ?1")
                        .setParameter(1, hash)
                        .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Instant createdAt = ((Timestamp) row[0]).toInstant();
        Instant lastSeenAt = ((Timestamp) row[1]).toInstant();
        Timestamp lockedUntil = (Timestamp) row[6];
        SessionTimeouts.Verdict verdict = timeouts.check(createdAt, lastSeenAt);
        if (verdict == SessionTimeouts.Verdict.ENDED) {
            end(id);
            return Optional.empty();
        }
        if (lockedUntil != null && timeouts.now().isBefore(lockedUntil.toInstant())) {
            // as with HTTP Basic: a locked account acts for nobody until the lock ends
            return Optional.empty();
        }
        if (activity && verdict == SessionTimeouts.Verdict.ALIVE_TOUCH) {
            em.createNativeQuery(
                            "update idn_session set last_seen_at = ?2 where id_hash = ?1"
                                    + " and last_seen_at < ?2")
                    .setParameter(1, hash)
                    .setParameter(2, Timestamp.from(timeouts.now()))
                    .executeUpdate();
        }
        StaffIdentity identity =
                new StaffIdentity((String) row[2], split(row[3]), split(row[4]), (String) row[5]);
        return Optional.of(new Active(identity, csrfTokenOf(id), truth(row[7])));
    }

    /** Ends one session (sign-out); nothing happens for an unknown id. */
    @Transactional
    public void end(String id) {
        if (id == null || id.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from idn_session where id_hash = ?1")
                .setParameter(1, hash(id))
                .executeUpdate();
    }

    /** Ends every session of an account (it was deleted). */
    @Transactional
    public void endAllOf(String username) {
        em.createNativeQuery("delete from idn_session where username = ?1")
                .setParameter(1, username)
                .executeUpdate();
    }

    /** Whether a token sent by a page is this session's CSRF token, compared in constant time. */
    static boolean csrfMatches(Active session, String sent) {
        return sent != null
                && MessageDigest.isEqual(
                        session.csrfToken().getBytes(StandardCharsets.UTF_8),
                        sent.getBytes(StandardCharsets.UTF_8));
    }

    private static String csrfTokenOf(String id) {
        return TOKEN.encodeToString(sha256("csrf\0" + id));
    }

    private static String hash(String id) {
        return HexFormat.of().formatHex(sha256(id));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean truth(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }

    private static Set<String> split(Object joined) {
        if (joined == null || joined.toString().isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.toString().split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
