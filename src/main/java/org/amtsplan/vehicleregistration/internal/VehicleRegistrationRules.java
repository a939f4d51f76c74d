package org.amtsplan.vehicleregistration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.FieldError;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.spi.DepartmentRules;
import org.amtsplan.scheduling.spi.RuleChecks;

/**
 * Vehicle registration keeps a share of its counters for dealer work ({@code dealerCounterShare},
 * rounded down per slot) besides the kernel's walk-in share; the rest is bookable online.
 */
@ApplicationScoped
public class VehicleRegistrationRules implements DepartmentRules {

  static final String DEALER_COUNTER_SHARE = "dealerCounterShare";

  @Override
  public String department() {
    return VehicleRegistrationUnits.DEPARTMENT;
  }

  @Override
  public JsonObject defaults(String unitId) {
    return Json.createObjectBuilder().add(DEALER_COUNTER_SHARE, new BigDecimal("0.25")).build();
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
                DEALER_COUNTER_SHARE,
                "Händler- und Spontananteil zusammen höchstens 1 / dealer and walk-in share together at most 1"));
      }
    }
    return errors;
  }

  @Override
  public Map<SeatPool, Integer> split(String unitId, UnitRules rules, int counters) {
    int dealer = (int) Math.floor(counters * rules.number(DEALER_COUNTER_SHARE, 0));
    int walkIn = (int) Math.floor(counters * rules.walkInCounterShare());
    Map<SeatPool, Integer> split = new LinkedHashMap<>();
    split.put(SeatPool.PUBLIC, Math.max(0, counters - dealer - walkIn));
    if (dealer > 0) {
      split.put(SeatPool.DEALER, dealer);
    }
    if (walkIn > 0) {
      split.put(SeatPool.WALK_IN, walkIn);
    }
    return split;
  }
}
