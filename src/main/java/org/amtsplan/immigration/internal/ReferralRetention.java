package org.amtsplan.immigration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import org.amtsplan.scheduling.spi.PersonalDataHolder;

/**
 * Referrals of long-past consultation days keep their day and number, not the person's name and
 * phone.
 */
@ApplicationScoped
public class ReferralRetention implements PersonalDataHolder {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long eraseBefore(String unitId, LocalDateTime before) {
        if (!ImmigrationUnits.UNIT.equals(unitId)) {
            return 0;
        }
        return em.createNativeQuery(
                        "update imm_referral set name = null, phone = null where day < ?1 and (name is not null or phone is not null)")
                .setParameter(1, before.toLocalDate())
                .executeUpdate();
    }
}
