package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.api.UnitRulesConfiguration;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.spi.DepartmentRules;

@ApplicationScoped
@Transactional
@RetriedOnConflict
public class UnitRulesService implements UnitRulesConfiguration {

    @Inject Event<ConfigurationChanged> changed;
    @Inject ConfigurationCache configuration;
    @Inject Units units;
    @Inject UnitRulesRepository repository;
    @Inject DepartmentRulesRegistry departments;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitRules rules(String unitId) {
        requireUnit(unitId);
        return configuration.get(
                "rules|" + unitId,
                () -> {
                    JsonObjectBuilder merged = JsonObjects.objectBuilder(defaults(unitId));
                    repository
                            .rulesJson(unitId)
                            .map(UnitRulesService::parse)
                            .ifPresent(stored -> stored.forEach(merged::add));
                    return new UnitRules(unitId, merged.build());
                });
    }

    @Override
    public UnitRules change(String unitId, JsonObject changes) {
        changed.fire(new ConfigurationChanged(unitId));
        requireUnit(unitId);
        DepartmentRules department = departments.forUnit(unitId);
        JsonObject departmentDefaults = department.defaults(unitId);
        List<FieldError> errors = new ArrayList<>();
        for (String key : changes.keySet()) {
            if (!KernelRuleKeys.NAMES.contains(key) && !departmentDefaults.containsKey(key)) {
                errors.add(new FieldError(key, "scheduling.rules.unknown"));
            }
        }
        errors.addAll(KernelRuleKeys.validate(changes));
        JsonObjectBuilder merged = JsonObjects.objectBuilder(rules(unitId).json());
        for (Map.Entry<String, JsonValue> change : changes.entrySet()) {
            merged.add(change.getKey(), change.getValue());
        }
        JsonObject result = merged.build();
        errors.addAll(department.validate(unitId, result));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        repository.save(unitId, result.toString());
        return new UnitRules(unitId, result);
    }

    private JsonObject defaults(String unitId) {
        JsonObjectBuilder builder = JsonObjects.objectBuilder(KernelRuleKeys.defaults());
        departments.forUnit(unitId).defaults(unitId).forEach(builder::add);
        return builder.build();
    }

    private void requireUnit(String unitId) {
        units.require(unitId);
    }

    private static JsonObject parse(String json) {
        try (var reader = JsonObjects.reader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
