package org.amtsplan.platform;

/**
 * One rejected input field of a request, as listed in a validation problem's {@code errors}; the
 * answer shows it as "label: text" in the request's language.
 */
public record FieldError(String field, Message message) {

    public FieldError(String field, String key, Object... arguments) {
        this(field, Message.of(key, arguments));
    }
}
