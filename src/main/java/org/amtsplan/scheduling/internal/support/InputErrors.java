package org.amtsplan.scheduling.internal.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.ProblemException;

/**
 * Collects what is wrong with a request, field by field, so that the client learns everything at
 * once; {@link #throwIfAny()} turns the collection into one 422 problem.
 */
public final class InputErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, key, arguments));
    }

    /** A field's error as a policy phrased it. */
    public void add(String field, org.amtsplan.platform.Message message) {
        errors.add(new FieldError(field, message));
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public LocalDate date(String field, String value) {
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
    public <T> T required(String field, T value) {
        if (value == null) {
            add(field, "platform.validation.required");
        }
        return value;
    }

    public Integer whole(String field, Integer value, int min, int max) {
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

    public String text(String field, String value, int maxLength) {
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

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
