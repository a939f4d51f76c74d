package org.amtsplan.scheduling.internal.catalogue;

import java.util.Optional;

/** Where each unit's rules are kept, as a JSON object text. */
interface UnitRulesRepository {

    Optional<String> rulesJson(String unitId);

    void save(String unitId, String rulesJson);
}
