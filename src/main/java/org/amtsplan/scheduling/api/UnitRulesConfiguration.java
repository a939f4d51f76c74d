package org.amtsplan.scheduling.api;

import jakarta.json.JsonObject;

/** Use case: a head reads and changes the rules of a unit. */
public interface UnitRulesConfiguration {

    /** The unit's rules: stored values over the defaults; an unknown unit is 404. */
    UnitRules rules(String unitId);

    /**
     * Changes the given keys and keeps the others. Unknown keys and impossible values are 422 with
     * every offending key, and nothing is stored.
     */
    UnitRules change(String unitId, JsonObject changes);
}
