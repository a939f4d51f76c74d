package org.amtsplan.disruption.internal.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.amtsplan.scheduling.spi.PersonalDataHolder;

/**
 * Callbacks recorded long ago keep their unit, service, time and what became of them, not the
 * person's name, phone, e-mail or the clerk's notes about them.
 */
@ApplicationScoped
public class CallbackRetention implements PersonalDataHolder {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject ZoneId zone;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long eraseBefore(String unitId, LocalDateTime before) {
        return em.createNativeQuery(
                        "update dis_callback set name = '—', phone = null, email = null, notes = null"
                                + " where unit_id = ?1 and recorded_at < ?2 and name <> '—'")
                .setParameter(1, unitId)
                .setParameter(2, Timestamp.from(before.atZone(zone).toInstant()))
                .executeUpdate();
    }
}
