package org.amtsplan.disruption.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.amtsplan.identity.OwnerResolver;

/** For the access filter: a disruption belongs to every unit it was declared for. */
@ApplicationScoped
public class DisruptionOwners implements OwnerResolver {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public String kind() {
        return "disruption";
    }

    @Override
    public Optional<Owner> ownerOf(String id) {
        if (id == null || id.length() > 40) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Disruption.class, id))
                .map(d -> Owner.units(d.scope().units()));
    }
}
