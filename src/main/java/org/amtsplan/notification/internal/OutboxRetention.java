package org.amtsplan.notification.internal;

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
 * Sent mails keep their kind, reference and time (disruption progress counts them), not the
 * address, text, attachments and stored intent (the appointment's facts). Mails are not kept per
 * unit, so the shortest retention of any unit applies to all of them: the privacy-friendly choice.
 */
@ApplicationScoped
public class OutboxRetention implements PersonalDataHolder {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject ZoneId zone;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long eraseBefore(String unitId, LocalDateTime before) {
        return em.createNativeQuery(
                        "update ntf_outbox set recipient = '', subject = null, body = null, attachment_name = null, attachment = null,"
                                + " qr_payload = null, intent = null where status = 'SENT' and sent_at < ?1 and recipient <> ''")
                .setParameter(1, Timestamp.from(before.atZone(zone).toInstant()))
                .executeUpdate();
    }
}
