package org.amtsplan.vehicleregistration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.scheduling.api.CaseOutcome;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.spi.DepartmentRules;
import org.amtsplan.scheduling.spi.RuleChecks;

/**
 * The rules of vehicle registration: the dealer share of the counters ({@link DealerCounterShare})
 * as its own key, checked so that dealer and walk-in shares never exceed the whole.
 */
@ApplicationScoped
public class VehicleRegistrationRules implements DepartmentRules {

    static final String DEALER_COUNTER_SHARE = DealerCounterShare.KEY;

    @Override
    public String department() {
        return VehicleRegistrationUnits.DEPARTMENT;
    }

    @Override
    public JsonObject defaults(String unitId) {
        return JsonObjects.objectBuilder()
                .add(DEALER_COUNTER_SHARE, new BigDecimal("0.25"))
                .add(
                        UnitRules.OUTCOMES,
                        CaseOutcome.defaultsWith(
                                new CaseOutcome(
                                        "fahrzeug-zugelassen",
                                        "Fahrzeug zugelassen",
                                        "vehicle registered")))
                .build();
    }

    @Override
    public List<FieldError> validate(String unitId, JsonObject rules) {
        List<FieldError> errors = new ArrayList<>();
        RuleChecks.number(rules, DEALER_COUNTER_SHARE, 0, 1, false).ifPresent(errors::add);
        if (errors.isEmpty()) {
            UnitRules parsed = new UnitRules(unitId, rules);
            if (parsed.number(DEALER_COUNTER_SHARE, 0) + parsed.walkInCounterShare() > 1) {
                errors.add(
                        new FieldError(
                                DEALER_COUNTER_SHARE, "vehicleregistration.rules.sharesTooLarge"));
            }
        }
        return errors;
    }

    @Override
    public Map<SeatPool, Integer> split(String unitId, UnitRules rules, int counters) {
        return DealerCounterShare.split(rules, counters);
    }
}
