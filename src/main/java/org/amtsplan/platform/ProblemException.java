package org.amtsplan.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client error a module reports on purpose: it becomes an RFC 9457 problem document with the
 * given status and never a stack trace. Its detail and field errors are {@link Message}s, rendered
 * in the request's language by the exception mapper; the title is the status's name in that
 * language. Extension members (for example a referral offered instead of a ticket) are added to the
 * document next to the standard members.
 */
public class ProblemException extends RuntimeException {

    public static final String VALIDATION = "urn:amtsplan:problem:validation";

    private final int status;
    private final String type;
    private final Message detail;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(
            int status,
            String type,
            Message detail,
            List<FieldError> errors,
            Map<String, Object> extensions) {
        super(detail == null ? null : detail.key());
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /**
     * For modules whose texts are not yet in bundles: the detail is literal text and the title
     * follows from the status.
     */
    public ProblemException(
            int status,
            String type,
            String title,
            String detail,
            List<FieldError> errors,
            Map<String, Object> extensions) {
        this(status, type, detail == null ? null : Message.of(detail), errors, extensions);
    }

    public static ProblemException of(int status, String type, String key, Object... arguments) {
        return new ProblemException(status, type, Message.of(key, arguments), List.of(), Map.of());
    }

    public static ProblemException notFound(String key, Object... arguments) {
        return of(404, "about:blank", key, arguments);
    }

    /** 403: the caller is known but may not do this here. */
    public static ProblemException forbidden(String key, Object... arguments) {
        return of(403, "about:blank", key, arguments);
    }

    public static ProblemException conflict(String type, String key, Object... arguments) {
        return of(409, "urn:amtsplan:problem:" + type, key, arguments);
    }

    /** 422 naming the offending fields; nothing of the request was stored. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(
                422, VALIDATION, Message.of("platform.invalidInput"), errors, Map.of());
    }

    public static ProblemException invalid(String field, String key, Object... arguments) {
        return invalid(List.of(new FieldError(field, key, arguments)));
    }

    public static ProblemException invalid(String field, Message message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The detail as a message, or null for a problem without one. */
    public Message detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }
}
