package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaUnitRulesRepository implements UnitRulesRepository {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Clock clock;

    @Override
    public Optional<String> rulesJson(String unitId) {
        List<?> rows =
                em.createNativeQuery("select rules_json from sch_unit_rules where unit_id = ?1")
                        .setParameter(1, unitId)
                        .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    @Override
    public void save(String unitId, String rulesJson) {
        em.createNativeQuery(
                        "insert into sch_unit_rules (unit_id, rules_json, updated_at) values (?1, ?2, ?3)"
                                + " on duplicate key update rules_json = values(rules_json), updated_at = values(updated_at)")
                .setParameter(1, unitId)
                .setParameter(2, rulesJson)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
