package org.amtsplan.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.amtsplan.notification.DeliveryReports;

/** Delivery counts from the outbox: a message counts once the mail server accepted it. */
@ApplicationScoped
public class OutboxDeliveryReports implements DeliveryReports {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public long delivered(String kind, Collection<String> references) {
        if (references.isEmpty()) {
            return 0;
        }
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            marks.add("?" + (i + 2));
        }
        Query query =
                em.createNativeQuery(
                        "select count(distinct reference) from ntf_outbox where kind = ?1 and status = 'SENT' and reference in ("
                                + String.join(",", marks)
                                + ")");
        query.setParameter(1, kind);
        int position = 2;
        for (String reference : references) {
            query.setParameter(position++, reference);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
