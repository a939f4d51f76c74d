package org.amtsplan.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The append-only audit table: written in a transaction of its own, read by admins. */
@ApplicationScoped
public class AuditTrail {

  /** One staff request: who, when, from where, what (method and path, never the query or body), and the answer's status. */
  public record Entry(OffsetDateTime at, String username, String method, String path, int status, String address) {}

  @PersistenceContext(unitName = "amtsplan")
  EntityManager em;

  @Inject Clock clock;
  @Inject ZoneId zone;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String username, String method, String path, int status, String address) {
    em.createNativeQuery("insert into idn_audit (at, username, method, path, status, address) values (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, username)
        .setParameter(3, method)
        .setParameter(4, path.length() > 300 ? path.substring(0, 300) : path)
        .setParameter(5, status)
        .setParameter(6, address == null ? "" : address)
        .executeUpdate();
  }

  /** The latest entries whose path names {@code subject} (a code, an id, a unit), and/or of one user; newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Entry> find(String subject, String username, int limit) {
    List<?> rows = em.createNativeQuery("select at, username, method, path, status, address from idn_audit"
            + " where (?1 is null or path like concat('%', ?1, '%')) and (?2 is null or username = ?2) order by id desc limit ?3")
        .setParameter(1, subject)
        .setParameter(2, username)
        .setParameter(3, limit)
        .getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new Entry(((Timestamp) r[0]).toInstant().atZone(zone).toOffsetDateTime(), (String) r[1],
            (String) r[2], (String) r[3], ((Number) r[4]).intValue(), (String) r[5]))
        .toList();
  }
}
