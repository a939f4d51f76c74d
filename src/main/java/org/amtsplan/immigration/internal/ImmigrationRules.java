package org.amtsplan.immigration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.amtsplan.scheduling.spi.DepartmentRules;
import org.amtsplan.scheduling.spi.RuleChecks;

/**
 * The immigration office's own rules: its consultation days and how many walk-ins a consultation
 * day takes before further walk-ins get a referral (used by the queue).
 */
@ApplicationScoped
public class ImmigrationRules implements DepartmentRules {

  static final String CONSULTATION_DAYS = "consultationDays";
  static final String WALK_IN_QUOTA_PER_DAY = "walkInQuotaPerDay";

  @Override
  public String department() {
    return ImmigrationUnits.DEPARTMENT;
  }

  @Override
  public JsonObject defaults(String unitId) {
    return Json.createObjectBuilder()
        .add(CONSULTATION_DAYS, Json.createArrayBuilder().add("MONDAY").add("TUESDAY").add("THURSDAY"))
        .add(WALK_IN_QUOTA_PER_DAY, 30)
        .build();
  }

  @Override
  public List<FieldError> validate(String unitId, JsonObject rules) {
    List<FieldError> errors = new ArrayList<>();
    RuleChecks.number(rules, WALK_IN_QUOTA_PER_DAY, 0, 1000, true).ifPresent(errors::add);
    JsonValue days = rules.get(CONSULTATION_DAYS);
    if (days != null && !isListOfWeekdays(days)) {
      errors.add(
          new FieldError(
              CONSULTATION_DAYS,
              "Liste von Wochentagen wie \"MONDAY\" / list of weekdays such as \"MONDAY\""));
    }
    return errors;
  }

  private static boolean isListOfWeekdays(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      return false;
    }
    for (JsonValue day : array) {
      if (!(day instanceof JsonString name)) {
        return false;
      }
      try {
        DayOfWeek.valueOf(name.getString());
      } catch (IllegalArgumentException notADay) {
        return false;
      }
    }
    return true;
  }
}
