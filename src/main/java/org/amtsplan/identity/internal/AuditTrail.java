package org.amtsplan.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The append-only audit table, read by admins. A staff request hands its entry over and goes on;
 * the entries of this instance are written together, one multi-row statement at least every {@link
 * #FLUSH_MILLIS} ms, on a connection of their own outside any transaction (so a rolled-back request
 * is still recorded). Writing each entry on its own cost every staff request a second connection
 * and round trip. A reader flushes first, so an admin sees every request this instance answered; a
 * full queue is written at once by the request that finds it full, so nothing is dropped under
 * load; stopping the application writes what is left. What a crash of the process can lose is the
 * last fraction of a second of entries (ADR 0010).
 */
@ApplicationScoped
public class AuditTrail {

    static final long FLUSH_MILLIS = 200;
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    /**
     * One staff request: who, when, from where, what (method and path, never the query or body),
     * and the answer's status.
     */
    public record Entry(
            OffsetDateTime at,
            String username,
            String method,
            String path,
            int status,
            String address) {}

    private record Pending(
            Instant at, String username, String method, String path, int status, String address) {}

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/amtsplan")
    DataSource dataSource;

    @Resource ManagedScheduledExecutorService scheduler;

    @Inject Clock clock;
    @Inject ZoneId zone;

    private final BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(4 * BATCH);
    private final Object writing = new Object();
    private ScheduledFuture<?> writer;

    @PostConstruct
    void startWriter() {
        writer =
                scheduler.scheduleWithFixedDelay(
                        this::flushLogged, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopWriter() {
        writer.cancel(false);
        flushLogged();
    }

    public void record(String username, String method, String path, int status, String address) {
        Pending entry =
                new Pending(
                        clock.instant(),
                        username,
                        method,
                        path.length() > 300 ? path.substring(0, 300) : path,
                        status,
                        address == null ? "" : address);
        while (!pending.offer(entry)) {
            // the writer cannot keep up: this request writes the queue itself before it answers
            flush();
        }
    }

    /** Writes every entry handed over so far; entries of concurrent requests may join. */
    public void flush() {
        synchronized (writing) {
            List<Pending> batch = new ArrayList<>();
            while (pending.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch.clear();
            }
        }
    }

    private void flushLogged() {
        try {
            flush();
        } catch (RuntimeException e) {
            // the entries stay lost only if the database stays away; the next run tries the rest
            LOG.log(Level.SEVERE, "Audit entries not written", e);
        }
    }

    private void write(List<Pending> batch) {
        // one multi-row INSERT: one statement and one round trip for the batch, atomic without a
        // transaction (a JDBC batch still sends and parses one statement per entry)
        StringBuilder sql =
                new StringBuilder(
                        "insert into idn_audit (at, username, method, path, status, address) values ");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int column = 0;
            for (Pending entry : batch) {
                insert.setTimestamp(++column, Timestamp.from(entry.at()));
                insert.setString(++column, entry.username());
                insert.setString(++column, entry.method());
                insert.setString(++column, entry.path());
                insert.setInt(++column, entry.status());
                insert.setString(++column, entry.address());
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(batch.size() + " audit entries not written", e);
        }
    }

    /**
     * The latest entries whose path names {@code subject} (a code, an id, a unit), and/or of one
     * user; newest first.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Entry> find(String subject, String username, int limit) {
        flush();
        List<?> rows =
                em.createNativeQuery(
                                "select at, username, method, path, status, address from idn_audit"
                                        + " where (?1 is null or path like concat('%', ?1, '%')) and (?2 is null or username = ?2) order by id desc limit ?3")
                        .setParameter(1, subject)
                        .setParameter(2, username)
                        .setParameter(3, limit)
                        .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(
                        r ->
                                new Entry(
                                        ((Timestamp) r[0])
                                                .toInstant()
                                                .atZone(zone)
                                                .toOffsetDateTime(),
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3],
                                        ((Number) r[4]).intValue(),
                                        (String) r[5]))
                .toList();
    }
}
