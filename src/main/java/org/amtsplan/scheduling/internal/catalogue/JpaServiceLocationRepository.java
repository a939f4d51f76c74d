package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaServiceLocationRepository implements ServiceLocationRepository {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public Optional<ServiceLocation> find(String id) {
        return Optional.ofNullable(em.find(ServiceLocation.class, id));
    }

    @Override
    public List<ServiceLocation> all() {
        return em.createQuery(
                        "select l from ServiceLocation l order by l.name", ServiceLocation.class)
                .getResultList();
    }

    @Override
    public boolean add(ServiceLocation location) {
        return Inserts.insertIfAbsent(
                em,
                "insert ignore into sch_location (id, name, address) values (?1, ?2, ?3)",
                location.view().id(),
                location.view().name(),
                location.view().address());
    }
}
