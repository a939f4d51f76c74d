package org.amtsplan.scheduling.internal.catalogue;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.Message;
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
                    new RuleKey(UnitRules.RETENTION_DAYS, 1, 3650, true, 90));

    static final Set<String> NAMES = KEYS.stream().map(RuleKey::name).collect(Collectors.toSet());

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
        return builder.build();
    }

    static List<FieldError> validate(JsonObject rules) {
        List<FieldError> errors = new ArrayList<>();
        for (RuleKey key : KEYS) {
            RuleChecks.number(rules, key.name(), key.min(), key.max(), key.whole())
                    .ifPresent(errors::add);
        }
        return errors;
    }
}
