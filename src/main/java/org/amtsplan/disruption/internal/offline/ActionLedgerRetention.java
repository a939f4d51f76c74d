package org.amtsplan.disruption.internal.offline;

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
 * Offline actions received long ago keep their id, content hash, type, time and result — a late
 * repeat of the same action is still recognised by its hash — but not the payload as the device
 * sent it, which holds names, phone numbers and notes.
 */
@ApplicationScoped
public class ActionLedgerRetention implements PersonalDataHolder {

    static final String ERASED = "{}";

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject ZoneId zone;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long eraseBefore(String unitId, LocalDateTime before) {
        return em.createNativeQuery(
                        "update dis_offline_action a join dis_offline_device d on d.id = a.device_id"
                                + " set a.payload = ?1 where d.unit_id = ?2 and a.received_at < ?3 and a.payload <> ?1")
                .setParameter(1, ERASED)
                .setParameter(2, unitId)
                .setParameter(3, Timestamp.from(before.atZone(zone).toInstant()))
                .executeUpdate();
    }
}
