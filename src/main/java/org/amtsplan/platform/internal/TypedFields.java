package org.amtsplan.platform.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
 * the record's components — only when binding failed, never on the normal path.
 */
final class TypedFields {

    private TypedFields() {}

    static List<FieldError> mismatches(Type type, String body) {
        List<FieldError> errors = new ArrayList<>();
        try {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            walk(type, value, "", errors);
        } catch (RuntimeException notJson) {
            return List.of();
        }
        return errors;
    }

    private static void walk(Type type, JsonValue value, String path, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        String field = path.isEmpty() ? "body" : path;
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
                walk(component.getGenericType(), object.get(component.getName()), name, errors);
            }
        } else if (Collection.class.isAssignableFrom(raw)
                && value instanceof JsonArray array
                && type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            for (int i = 0; i < array.size(); i++) {
                walk(element, array.get(i), path + "[" + i + "]", errors);
            }
        }
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
