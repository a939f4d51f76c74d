package org.amtsplan.platform.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amtsplan.platform.CityDates;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.Message;

/**
 * Names the fields of a body that JSON-B could not bind to a command record: a date, time or
 * instant that {@link CityDates} refuses, or a word that is not one of an enum's constants. JSON-B
 * itself reports such a failure without a usable field path, so the body is walked once more along
 * the record's components — only when binding failed, never on the normal path. A command bound on
 * its own ({@link JsonbTypedCommands}) is walked before binding and strictly: every member must
 * also have its component's JSON type (text, whole number, list, object).
 */
final class TypedFields {

    private TypedFields() {}

    static List<FieldError> mismatches(Type type, String body) {
        List<FieldError> errors = new ArrayList<>();
        try {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            walk(type, value, "", false, errors);
        } catch (RuntimeException notJson) {
            return List.of();
        }
        return errors;
    }

    /** The members of {@code json} that a {@code type} cannot take, by format or by JSON type. */
    static List<FieldError> wrongTypes(Class<?> type, JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        walk(type, json, "", true, errors);
        return errors;
    }

    private static void walk(
            Type type, JsonValue value, String path, boolean strict, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        String field = path.isEmpty() ? "body" : path;
        if (strict) {
            String expected = expectedJsonType(raw, value);
            if (expected != null) {
                errors.add(new FieldError(field, Message.of(expected)));
                return;
            }
        }
        if (raw == LocalDate.class) {
            text(value)
                    .filter(t -> CityDates.parseDate(t).isEmpty())
                    .ifPresent(
                            t ->
                                    errors.add(
                                            new FieldError(
                                                    field,
                                                    CityDates.rangeOrFormat(
                                                            t, CityDates.DATE_MESSAGE))));
        } else if (raw == LocalTime.class) {
            text(value)
                    .filter(t -> CityDates.parseTime(t).isEmpty())
                    .ifPresent(
                            t ->
                                    errors.add(
                                            new FieldError(
                                                    field, Message.of(CityDates.TIME_MESSAGE))));
        } else if (raw == OffsetDateTime.class || raw == LocalDateTime.class) {
            text(value)
                    .filter(t -> CityDates.parseOffsetDateTime(t).isEmpty())
                    .ifPresent(
                            t ->
                                    errors.add(
                                            new FieldError(
                                                    field,
                                                    CityDates.rangeOrFormat(
                                                            t, CityDates.DATE_TIME_MESSAGE))));
        } else if (raw.isEnum()) {
            boolean known =
                    value instanceof JsonString word
                            && Arrays.stream(raw.getEnumConstants())
                                    .anyMatch(c -> ((Enum<?>) c).name().equals(word.getString()));
            if (!known) {
                String names =
                        Arrays.stream(raw.getEnumConstants())
                                .map(c -> ((Enum<?>) c).name())
                                .collect(Collectors.joining(", "));
                errors.add(new FieldError(field, Message.of("platform.validation.oneOf", names)));
            }
        } else if (raw.isRecord() && value instanceof JsonObject object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                String name =
                        path.isEmpty() ? component.getName() : path + "." + component.getName();
                walk(
                        component.getGenericType(),
                        object.get(component.getName()),
                        name,
                        strict,
                        errors);
            }
        } else if (Collection.class.isAssignableFrom(raw)
                && value instanceof JsonArray array
                && type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            for (int i = 0; i < array.size(); i++) {
                walk(element, array.get(i), path + "[" + i + "]", strict, errors);
            }
        }
    }

    /**
     * The message for a value of the wrong JSON type for {@code raw}; null when it fits. Dates and
     * enums are left to their own checks, whose texts say what would fit.
     */
    private static String expectedJsonType(Class<?> raw, JsonValue value) {
        if (raw == String.class) {
            return value instanceof JsonString ? null : "platform.validation.text";
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            int bits = raw == Long.class || raw == long.class ? 63 : 31;
            return value instanceof JsonNumber n
                            && n.isIntegral()
                            && n.bigIntegerValue().bitLength() <= bits
                    ? null
                    : "platform.validation.wholeNumber";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value == JsonValue.TRUE || value == JsonValue.FALSE
                    ? null
                    : "platform.validation.invalid";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return value instanceof JsonArray ? null : "platform.validation.list";
        }
        if (raw.isRecord()) {
            return value instanceof JsonObject ? null : "platform.validation.invalid";
        }
        return null;
    }

    private static Optional<String> text(JsonValue value) {
        return Optional.of(value instanceof JsonString s ? s.getString() : value.toString());
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
