package org.amtsplan.disruption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import org.amtsplan.disruption.internal.callback.DisruptionsInForce;
import org.amtsplan.scheduling.api.DisruptionScope;

/** The declared disruptions for callbacks recorded after a declaration: which one covers them. */
@ApplicationScoped
public class DeclaredDisruptions implements DisruptionsInForce {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public Optional<String> covering(String unit, String location, LocalDateTime at) {
        return em.createQuery(
                        "select d from Disruption d where d.status = 'DECLARED' and d.startsAt <= :at and d.endsAt > :at"
                                + " order by d.declaredAt, d.id",
                        Disruption.class)
                .setParameter("at", at)
                .getResultStream()
                .filter(
                        d -> {
                            DisruptionScope scope = d.scope();
                            return scope.units().contains(unit)
                                    && scope.locations().contains(location);
                        })
                .map(Disruption::id)
                .findFirst();
    }
}
