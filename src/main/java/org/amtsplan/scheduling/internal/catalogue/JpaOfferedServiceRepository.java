package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.amtsplan.scheduling.api.Service;

@ApplicationScoped
class JpaOfferedServiceRepository implements OfferedServiceRepository {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public Optional<OfferedService> find(String code) {
        return Optional.ofNullable(em.find(OfferedService.class, code));
    }

    @Override
    public List<OfferedService> list(Optional<String> unitId) {
        if (unitId.isPresent()) {
            return em.createQuery(
                            "select s from OfferedService s where s.unitId = :unit order by s.nameDe",
                            OfferedService.class)
                    .setParameter("unit", unitId.get())
                    .getResultList();
        }
        return em.createQuery(
                        "select s from OfferedService s order by s.unitId, s.nameDe",
                        OfferedService.class)
                .getResultList();
    }

    @Override
    public boolean add(OfferedService service) {
        Service s = service.view();
        return Inserts.insertIfAbsent(
                em,
                "insert ignore into sch_service (code, unit_id, name_de, name_en, duration_minutes,"
                        + " online_bookable, leika_key, documents, documents_en)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                s.code(),
                s.unit(),
                s.nameDe(),
                s.nameEn(),
                s.durationMinutes(),
                s.onlineBookable(),
                s.leikaKey(),
                s.documents().isEmpty() ? null : String.join("\n", s.documents()),
                s.documentsEn().isEmpty() ? null : String.join("\n", s.documentsEn()));
    }
}
