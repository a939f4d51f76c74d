package org.amtsplan.scheduling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.ProblemException;

/**
 * Collects what is wrong with a request, field by field, so that the client learns everything at
 * once; {@link #throwIfAny()} turns the collection into one 422 problem.
 */
final class InputErrors {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, key, arguments));
    }

    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "platform.validation.required");
            return null;
        }
        try {
            return org.amtsplan.platform.CityDates.date(field, value);
        } catch (org.amtsplan.platform.ProblemException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** The value, or null with a "required" error when it is missing. */
    <T> T required(String field, T value) {
        if (value == null) {
            add(field, "platform.validation.required");
        }
        return value;
    }

    Integer whole(String field, Integer value, int min, int max) {
        if (value == null) {
            add(field, "platform.validation.required");
            return null;
        }
        if (value < min || value > max) {
            add(field, "platform.validation.between", min, max);
            return null;
        }
        return value;
    }

    String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "platform.validation.required");
            return null;
        }
        if (value.length() > maxLength) {
            add(field, "platform.validation.maxLength", maxLength);
            return null;
        }
        return value.strip();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
