package org.amtsplan.disruption.internal.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.amtsplan.identity.OwnerResolver;

/** For the access filter: a callback belongs to the unit it was recorded for. */
@ApplicationScoped
public class CallbackOwners implements OwnerResolver {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public String kind() {
        return "callback";
    }

    @Override
    public Optional<Owner> ownerOf(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Callback.class, Long.parseLong(id)))
                .map(c -> Owner.unit(c.unit()));
    }
}
