package org.amtsplan.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.TypedCommands;

/**
 * {@link TypedCommands} with the application's JSON-B ({@link JsonbProvider}), the names {@link
 * TypedFields} gives to members JSON-B cannot bind, and the field errors {@link
 * ConstraintViolationMapper} makes of violations. JSON-B would turn {@code 5} into the text "5" and
 * {@code "7"} into the number 7, so members are first checked against their component's JSON type.
 */
@ApplicationScoped
public class JsonbTypedCommands implements TypedCommands {

    private Validator validator;

    protected JsonbTypedCommands() {}

    @Inject
    public JsonbTypedCommands(Validator validator) {
        this.validator = validator;
    }

    @Override
    public <T> Bound<T> bind(JsonObject json, Class<T> type) {
        List<FieldError> errors = new ArrayList<>(TypedFields.wrongTypes(type, json));
        Set<String> unbound =
                errors.stream().map(e -> member(e.field())).collect(Collectors.toSet());
        JsonObjectBuilder rest = Json.createObjectBuilder(json);
        unbound.forEach(rest::remove);
        T command;
        try {
            command = JsonbProvider.jsonb().fromJson(rest.build().toString(), type);
        } catch (JsonbException unexpected) {
            errors.add(new FieldError("body", "platform.validation.invalid"));
            return new Bound<>(null, List.copyOf(errors));
        }
        ConstraintViolationMapper.fieldErrors(validator.validate(command)).stream()
                .filter(e -> !unbound.contains(member(e.field())))
                .forEach(errors::add);
        return new Bound<>(command, List.copyOf(errors));
    }

    /** The top-level member a field error names: "documentsReceived" of "documentsReceived[2]". */
    private static String member(String field) {
        int end = field.length();
        for (char c : new char[] {'.', '['}) {
            int at = field.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return field.substring(0, end);
    }
}
