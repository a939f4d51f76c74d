package org.amtsplan.scheduling.spi;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.amtsplan.platform.FieldError;

/** Checks department modules use on their own rule keys, with messages from the bundles. */
public final class RuleChecks {

    private RuleChecks() {}

    /** The key, if present, must be a number between min and max (whole if {@code whole}). */
    public static Optional<FieldError> number(
            JsonObject rules, String key, double min, double max, boolean whole) {
        JsonValue value = rules.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber number)) {
            return Optional.of(new FieldError(key, "scheduling.rules.number"));
        }
        if (whole && !number.isIntegral()) {
            return Optional.of(new FieldError(key, "scheduling.rules.wholeNumber"));
        }
        if (number.doubleValue() < min || number.doubleValue() > max) {
            return Optional.of(
                    new FieldError(key, "platform.validation.between", number(min), number(max)));
        }
        return Optional.empty();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The key, if present, must be true or false. */
    public static Optional<FieldError> bool(JsonObject rules, String key) {
        JsonValue value = rules.get(key);
        if (value == null || value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(key, "scheduling.rules.trueOrFalse"));
    }
}
