package org.amtsplan.platform;

/** One rejected input field of a request, as listed in a validation problem's {@code errors}. */
public record FieldError(String field, String message) {}
