package org.amtsplan.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Writes pending changes now, so that a concurrent change of the same versioned row fails here as a
 * 409 the client can act on ("reload and try again"), rather than later at commit as a 500.
 */
public final class OptimisticFlush {

    private OptimisticFlush() {}

    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrentChange) {
            throw ProblemException.conflict("concurrent-change", "platform.concurrentChange");
        }
    }
}
