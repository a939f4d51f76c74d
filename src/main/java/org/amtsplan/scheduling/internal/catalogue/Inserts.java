package org.amtsplan.scheduling.internal.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Inserting a row under a natural key that a concurrent request may take at the same moment: {@code
 * INSERT IGNORE} lets the database decide atomically, so the loser learns "taken" instead of
 * failing its transaction with a constraint error.
 */
final class Inserts {

    private Inserts() {}

    static boolean insertIfAbsent(EntityManager em, String sql, Object... values) {
        Query insert = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        return insert.executeUpdate() == 1;
    }
}
