package org.amtsplan.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.FieldError;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.Messages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;

/**
 * Bean Validation failures on a request become 422 with one entry per offending field, in the
 * request's language. A constraint whose message is a bundle key in braces ({@code
 * "{scheduling.validation.slug}"}) shows that text; the standard constraints show the platform's
 * texts ({@code platform.validation.NotNull}, {@code platform.validation.Size} ...), with their
 * bounds as arguments.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemResponses.of(
                problem(exception.getConstraintViolations()), Languages.of(request));
    }

    static ProblemException problem(java.util.Set<ConstraintViolation<?>> violations) {
        return ProblemException.invalid(fieldErrors(violations));
    }

    /** One field error per violation, ordered by field and text. */
    static List<FieldError> fieldErrors(
            java.util.Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), message(violation)));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(e -> e.message().key()));
        return errors;
    }

    /**
     * The violation's text as a bundle message: its own key, or the platform's for its constraint.
     */
    static Message message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            if (Messages.MODULES.contains(Messages.moduleOf(key))) {
                return Message.of(key);
            }
        }
        var descriptor = violation.getConstraintDescriptor();
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = descriptor.getAttributes();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Message.of("platform.validation.required");
            case "Size" ->
                    size(
                            violation.getInvalidValue(),
                            (Integer) attributes.get("min"),
                            (Integer) attributes.get("max"));
            case "Min", "DecimalMin" ->
                    Message.of("platform.validation.min", attributes.get("value"));
            case "Max", "DecimalMax" ->
                    Message.of("platform.validation.max", attributes.get("value"));
            case "Email" -> Message.of("platform.validation.email");
            case "Pattern" -> Message.of("platform.validation.pattern");
            case "Positive" -> Message.of("platform.validation.positive");
            case "PositiveOrZero" -> Message.of("platform.validation.positiveOrZero");
            case "Future", "FutureOrPresent" -> Message.of("platform.validation.future");
            case "Past", "PastOrPresent" -> Message.of("platform.validation.past");
            default -> Message.of("platform.validation.invalid");
        };
    }

    private static Message size(Object value, int min, int max) {
        if (value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>) {
            return Message.of("platform.validation.entries", min, max);
        }
        return min == 0
                ? Message.of("platform.validation.maxLength", max)
                : Message.of("platform.validation.size", min, max);
    }

    /**
     * The path as a client knows it: "create.arg0.name" on a request body becomes "name", a query
     * parameter keeps its own name.
     */
    static String fieldName(Path path) {
        List<String> beanPath = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // a list's element is named by its index alone: "documents[2]"
                String name =
                        node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT
                                ? ""
                                : node.getName();
                if (node.getIndex() != null) {
                    name = name + "[" + node.getIndex() + "]";
                } else if (node.getKey() != null) {
                    name = name + "[" + node.getKey() + "]";
                }
                if (!name.isEmpty()) {
                    beanPath.add(name);
                }
            }
        }
        if (!beanPath.isEmpty()) {
            return String.join(".", beanPath).replace(".[", "[");
        }
        return parameter != null ? parameter : "body";
    }
}
