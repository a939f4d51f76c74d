package org.amtsplan.scheduling.internal.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.spi.DepartmentRules;

/** Finds the department's rules for a unit, or the kernel's defaults when it has none. */
@ApplicationScoped
public class DepartmentRulesRegistry {

    /** A department that brings no rules of its own: no extra keys, the kernel's split. */
    static final DepartmentRules KERNEL_DEFAULT =
            new DepartmentRules() {
                @Override
                public String department() {
                    return "";
                }

                @Override
                public JsonObject defaults(String unitId) {
                    return JsonObjects.objectBuilder().build();
                }

                @Override
                public List<FieldError> validate(String unitId, JsonObject rules) {
                    return List.of();
                }
            };

    @Inject @Any Instance<DepartmentRules> implementations;
    @Inject Units units;

    private Map<String, DepartmentRules> byDepartment;

    @PostConstruct
    void collect() {
        Map<String, DepartmentRules> found = new HashMap<>();
        implementations.forEach(rules -> found.put(rules.department(), rules));
        byDepartment = Map.copyOf(found);
    }

    public DepartmentRules forUnit(String unitId) {
        return units.find(unitId)
                .map(unit -> byDepartment.getOrDefault(unit.department(), KERNEL_DEFAULT))
                .orElse(KERNEL_DEFAULT);
    }
}
