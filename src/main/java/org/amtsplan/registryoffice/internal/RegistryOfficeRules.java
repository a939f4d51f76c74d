package org.amtsplan.registryoffice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.scheduling.api.CaseOutcome;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.spi.DepartmentRules;
import org.amtsplan.scheduling.spi.RuleChecks;
import org.amtsplan.scheduling.spi.WalkInDecision;
import org.amtsplan.scheduling.spi.WalkInRequest;

/**
 * The registry department's own rules: whether a unit takes walk-ins at all (the citizenship
 * authority works by appointment only, the civil registry also serves walk-ins), and how close a
 * legal time limit (a birth to be registered within a week, a death by the third working day) makes
 * a case urgent.
 */
@ApplicationScoped
public class RegistryOfficeRules implements DepartmentRules {

    static final String WALK_INS = "walkIns";
    static final String URGENT_WITHIN_DAYS = "urgentWithinDays";

    @Override
    public String department() {
        return RegistryOfficeUnits.DEPARTMENT;
    }

    @Override
    public JsonObject defaults(String unitId) {
        return JsonObjects.objectBuilder()
                .add(WALK_INS, !RegistryOfficeUnits.CITIZENSHIP.equals(unitId))
                .add(URGENT_WITHIN_DAYS, 3)
                .add(
                        UnitRules.OUTCOMES,
                        RegistryOfficeUnits.CITIZENSHIP.equals(unitId)
                                ? CaseOutcome.defaultsWith(
                                        new CaseOutcome(
                                                "antrag-aufgenommen",
                                                "Einbürgerungsantrag aufgenommen",
                                                "naturalisation application taken"))
                                : CaseOutcome.defaultsWith(
                                        new CaseOutcome(
                                                "urkunde-ausgestellt",
                                                "Urkunde ausgestellt",
                                                "certificate issued")))
                .build();
    }

    @Override
    public WalkInDecision admitWalkIn(WalkInRequest request) {
        if (request.rules().json().getBoolean(WALK_INS, true)) {
            return WalkInDecision.ADMITTED;
        }
        return WalkInDecision.refused("registryoffice.walkIn.appointmentOnly");
    }

    @Override
    public boolean isUrgent(String unitId, UnitRules rules, LocalDate deadline, LocalDate today) {
        return !deadline.isAfter(today.plusDays((long) rules.number(URGENT_WITHIN_DAYS, 3)));
    }

    @Override
    public List<FieldError> validate(String unitId, JsonObject rules) {
        List<FieldError> errors = new ArrayList<>();
        RuleChecks.bool(rules, WALK_INS).ifPresent(errors::add);
        RuleChecks.number(rules, URGENT_WITHIN_DAYS, 0, 60, true).ifPresent(errors::add);
        return errors;
    }
}
