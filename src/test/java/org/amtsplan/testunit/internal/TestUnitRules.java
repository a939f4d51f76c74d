package org.amtsplan.testunit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.spi.DepartmentRules;
import org.amtsplan.scheduling.spi.RuleChecks;
import org.amtsplan.scheduling.spi.WalkInDecision;
import org.amtsplan.scheduling.spi.WalkInRequest;

/**
 * The test department's own rules, one of each kind the kernel asks a department for: a boolean key
 * ({@code walkIns}: the by-appointment unit refuses walk-ins) and a number key ({@code
 * urgentWithinDays}: how close a deadline makes a case urgent), each with its default and check.
 */
@ApplicationScoped
public class TestUnitRules implements DepartmentRules {

    static final String WALK_INS = "walkIns";
    static final String URGENT_WITHIN_DAYS = "urgentWithinDays";

    @Override
    public String department() {
        return TestUnits.DEPARTMENT;
    }

    @Override
    public JsonObject defaults(String unitId) {
        return JsonObjects.objectBuilder()
                .add(WALK_INS, !TestUnits.BY_APPOINTMENT.equals(unitId))
                .add(URGENT_WITHIN_DAYS, 3)
                .build();
    }

    @Override
    public List<FieldError> validate(String unitId, JsonObject rules) {
        List<FieldError> errors = new ArrayList<>();
        RuleChecks.bool(rules, WALK_INS).ifPresent(errors::add);
        RuleChecks.number(rules, URGENT_WITHIN_DAYS, 0, 60, true).ifPresent(errors::add);
        return errors;
    }

    @Override
    public WalkInDecision admitWalkIn(WalkInRequest request) {
        if (request.rules().json().getBoolean(WALK_INS, true)) {
            return WalkInDecision.ADMITTED;
        }
        return WalkInDecision.refused(
                "Hier nur mit Termin; bitte buchen Sie online.",
                "By appointment only; please book online.");
    }

    @Override
    public boolean isUrgent(String unitId, UnitRules rules, LocalDate deadline, LocalDate today) {
        return !deadline.isAfter(today.plusDays((long) rules.number(URGENT_WITHIN_DAYS, 3)));
    }
}
