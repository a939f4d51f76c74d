package org.amtsplan.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The proof-of-work challenges already used, in the database so that every instance sees them: the
 * first use inserts the challenge's id, a second use finds it taken. Expired rows are deleted now
 * and then by the uses themselves (an expired challenge is refused before it gets here).
 */
@ApplicationScoped
public class UsedChallenges {

  private static final int CLEAN_UP_EVERY = 100;

  @PersistenceContext(unitName = "amtsplan")
  EntityManager em;

  private final AtomicLong uses = new AtomicLong();

  /** True for the first use of the challenge, on whichever instance; false for every later one. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean firstUse(String challengeId, Instant expiresAt, Instant now) {
    if (uses.getAndIncrement() % CLEAN_UP_EVERY == 0) {
      em.createNativeQuery("delete from plt_used_challenge where expires_at < ?1 limit 1000")
          // well past expiry only: a challenge is still accepted in its last second, and clocks of instances differ
          .setParameter(1, Timestamp.from(now.minus(java.time.Duration.ofMinutes(5))))
          .executeUpdate();
    }
    return em.createNativeQuery("insert ignore into plt_used_challenge (challenge_id, expires_at) values (?1, ?2)")
            .setParameter(1, challengeId)
            .setParameter(2, Timestamp.from(expiresAt))
            .executeUpdate()
        == 1;
  }
}
