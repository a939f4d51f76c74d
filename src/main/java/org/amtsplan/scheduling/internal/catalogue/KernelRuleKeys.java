package org.amtsplan.scheduling.internal.catalogue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.Message;
import org.amtsplan.scheduling.api.CaseOutcome;
import org.amtsplan.scheduling.api.UnitRules;
import org.amtsplan.scheduling.spi.RuleChecks;

/** The rule keys every unit has, with their ranges and defaults. */
final class KernelRuleKeys {

    /** A kernel rule; what it means is {@link #description()} in the kernel's bundle. */
    record RuleKey(String name, double min, double max, boolean whole, Number defaultValue) {

        /** The bundle key of the rule's description, read in the caller's language. */
        Message description() {
            return Message.of("scheduling.rule." + name);
        }
    }

    static final List<RuleKey> KEYS =
            List.of(
                    new RuleKey(UnitRules.BOOKING_HORIZON_DAYS, 1, 730, true, 60),
                    new RuleKey(UnitRules.MIN_LEAD_MINUTES, 0, 43_200, true, 60),
                    new RuleKey(UnitRules.MAX_OPEN_PER_CONTACT, 1, 50, true, 2),
                    new RuleKey(UnitRules.RELEASE_HOLD_BACK_MINUTES, 0, 1_440, true, 30),
                    new RuleKey(UnitRules.CONFIRM_WITHIN_MINUTES, 5, 10_080, true, 120),
                    new RuleKey(UnitRules.HOLD_MINUTES, 1, 60, true, 10),
                    new RuleKey(UnitRules.WALK_IN_COUNTER_SHARE, 0, 1, false, 0),
                    new RuleKey(UnitRules.QUEUE_EARLY_MINUTES, 0, 240, true, 10),
                    new RuleKey(UnitRules.QUEUE_LATE_MINUTES, 0, 240, true, 15),
                    new RuleKey(UnitRules.PROMOTE_AFTER_MINUTES, 1, 600, true, 60),
                    new RuleKey(UnitRules.MISSED_CALLS_FOR_NO_SHOW, 1, 10, true, 2),
                    new RuleKey(UnitRules.RETENTION_DAYS, 1, 3650, true, 90),
                    new RuleKey(UnitRules.UNDO_MISSED_MINUTES, 0, 60, true, 5));

    static final int MAX_OUTCOMES = 30;
    static final int MAX_OUTCOME_NAME = 80;
    private static final Pattern OUTCOME_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    static final Set<String> NAMES =
            Stream.concat(KEYS.stream().map(RuleKey::name), Stream.of(UnitRules.OUTCOMES))
                    .collect(Collectors.toSet());

    private KernelRuleKeys() {}

    static JsonObject defaults() {
        JsonObjectBuilder builder = JsonObjects.objectBuilder();
        for (RuleKey key : KEYS) {
            if (key.whole()) {
                builder.add(key.name(), key.defaultValue().intValue());
            } else {
                builder.add(key.name(), BigDecimal.valueOf(key.defaultValue().doubleValue()));
            }
        }
        builder.add(UnitRules.OUTCOMES, CaseOutcome.json(CaseOutcome.DEFAULTS));
        return builder.build();
    }

    static List<FieldError> validate(JsonObject rules) {
        List<FieldError> errors = new ArrayList<>();
        for (RuleKey key : KEYS) {
            RuleChecks.number(rules, key.name(), key.min(), key.max(), key.whole())
                    .ifPresent(errors::add);
        }
        errors.addAll(validateOutcomes(rules));
        return errors;
    }

    /**
     * The outcomes, if present: 1 to 30 of {@code {code, name, nameEn?}}, codes of lower-case
     * letters, digits and dashes and each code once, names of at most 80 characters.
     */
    static List<FieldError> validateOutcomes(JsonObject rules) {
        JsonValue value = rules.get(UnitRules.OUTCOMES);
        if (value == null) {
            return List.of();
        }
        String field = UnitRules.OUTCOMES;
        if (!(value instanceof JsonArray list)) {
            return List.of(new FieldError(field, "scheduling.outcomes.list"));
        }
        if (list.isEmpty() || list.size() > MAX_OUTCOMES) {
            return List.of(new FieldError(field, "platform.validation.entries", 1, MAX_OUTCOMES));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = field + "[" + i + "]";
            if (!(list.get(i) instanceof JsonObject outcome)) {
                errors.add(new FieldError(at, "scheduling.outcomes.list"));
                continue;
            }
            for (String key : outcome.keySet()) {
                if (!Set.of("code", "name", "nameEn").contains(key)) {
                    errors.add(new FieldError(at + "." + key, "scheduling.rules.unknown"));
                }
            }
            String code = text(outcome, "code");
            if (code == null || !OUTCOME_CODE.matcher(code).matches()) {
                errors.add(new FieldError(at + ".code", "scheduling.validation.slug"));
            } else if (!codes.add(code)) {
                errors.add(new FieldError(at + ".code", "scheduling.outcomes.twice", code));
            }
            String name = text(outcome, "name");
            if (name == null || name.isBlank() || name.length() > MAX_OUTCOME_NAME) {
                errors.add(
                        new FieldError(
                                at + ".name", "platform.validation.size", 1, MAX_OUTCOME_NAME));
            }
            JsonValue english = outcome.get("nameEn");
            if (english != null
                    && english != JsonValue.NULL
                    && (!(english instanceof JsonString s)
                            || s.getString().isBlank()
                            || s.getString().length() > MAX_OUTCOME_NAME)) {
                errors.add(
                        new FieldError(
                                at + ".nameEn", "platform.validation.size", 1, MAX_OUTCOME_NAME));
            }
        }
        return errors;
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
