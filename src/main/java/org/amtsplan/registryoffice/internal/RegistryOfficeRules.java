package org.amtsplan.registryoffice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.amtsplan.scheduling.spi.DepartmentRules;
import org.amtsplan.scheduling.spi.WalkInDecision;
import org.amtsplan.scheduling.spi.WalkInRequest;
import org.amtsplan.scheduling.spi.RuleChecks;

/**
 * The registry department's own rule: whether a unit takes walk-ins at all. The citizenship
 * authority works by appointment only, the civil registry also serves walk-ins.
 */
@ApplicationScoped
public class RegistryOfficeRules implements DepartmentRules {

  static final String WALK_INS = "walkIns";

  @Override
  public String department() {
    return RegistryOfficeUnits.DEPARTMENT;
  }

  @Override
  public JsonObject defaults(String unitId) {
    return Json.createObjectBuilder()
        .add(WALK_INS, !RegistryOfficeUnits.CITIZENSHIP.equals(unitId))
        .build();
  }

  @Override
  public WalkInDecision admitWalkIn(WalkInRequest request) {
    if (request.rules().json().getBoolean(WALK_INS, true)) {
      return WalkInDecision.ADMITTED;
    }
    return WalkInDecision.refused(
        "Hier nur mit Termin; bitte buchen Sie online oder telefonisch.",
        "By appointment only; please book online or by phone.");
  }

  @Override
  public List<FieldError> validate(String unitId, JsonObject rules) {
    List<FieldError> errors = new ArrayList<>();
    RuleChecks.bool(rules, WALK_INS).ifPresent(errors::add);
    return errors;
  }
}
