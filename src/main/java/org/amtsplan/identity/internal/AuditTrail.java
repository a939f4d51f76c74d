package org.amtsplan.identity.internal;

import jakarta.annotation.Resource;
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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;

/**
 * The append-only audit table: each entry is written as one autocommitted statement of its own
 * (outside any JTA transaction: no XA START, END and COMMIT around it), read by admins.
 */
@ApplicationScoped
public class AuditTrail {

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

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/amtsplan")
    DataSource dataSource;

    @Inject Clock clock;
    @Inject ZoneId zone;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void record(String username, String method, String path, int status, String address) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement(
                                "insert into idn_audit (at, username, method, path, status, address) values (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(clock.instant()));
            insert.setString(2, username);
            insert.setString(3, method);
            insert.setString(4, path.length() > 300 ? path.substring(0, 300) : path);
            insert.setInt(5, status);
            insert.setString(6, address == null ? "" : address);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit entry not written", e);
        }
    }

    /**
     * The latest entries whose path names {@code subject} (a code, an id, a unit), and/or of one
     * user; newest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> find(String subject, String username, int limit) {
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
