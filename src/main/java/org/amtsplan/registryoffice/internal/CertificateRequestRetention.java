package org.amtsplan.registryoffice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.amtsplan.scheduling.spi.PersonalDataHolder;

/**
 * Certificate requests sent or refused long ago keep kind, date and status, not who asked for whom
 * and where.
 */
@ApplicationScoped
public class CertificateRequestRetention implements PersonalDataHolder {

    static final String ERASED = "—";

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long eraseBefore(String unitId, LocalDateTime before) {
        if (!RegistryOfficeUnits.CIVIL_REGISTRY.equals(unitId)) {
            return 0;
        }
        return em.createNativeQuery(
                        "update reg_certificate_request set subject_name = ?1, requester_name = ?1, requester_email = null,"
                                + " street = ?1, postcode = ?1, city = ?1 where status in ('SENT', 'REFUSED') and updated_at < ?2 and requester_name <> ?1")
                .setParameter(1, ERASED)
                .setParameter(
                        2,
                        Timestamp.from(
                                before.atZone(org.amtsplan.platform.CityClock.zone()).toInstant()))
                .executeUpdate();
    }
}
