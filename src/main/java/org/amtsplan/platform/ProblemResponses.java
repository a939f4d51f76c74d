package org.amtsplan.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes RFC 9457 problem documents; the one place that knows their shape. Every text in a document
 * — title, detail, each field's label and message — is in one language, the request's.
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Created on first use, so the document itself can be built without a JSON-B provider. */
    private static final class Writer {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    }

    private ProblemResponses() {}

    public static Response of(ProblemException problem, String language) {
        return Response.status(problem.status())
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .entity(json(problem, language))
                .build();
    }

    /** A problem without field errors or extensions, its detail from the bundles. */
    public static Response of(int status, String language, String key, Object... arguments) {
        return of(ProblemException.of(status, "about:blank", key, arguments), language);
    }

    public static String json(ProblemException problem, String language) {
        return Writer.JSONB.toJson(document(problem, language));
    }

    /** The members of the document, every text rendered in {@code language}. */
    public static Map<String, Object> document(ProblemException problem, String language) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", problem.type());
        document.put("title", title(problem.status(), language));
        document.put("status", problem.status());
        if (problem.detail() != null) {
            document.put("detail", Messages.text(problem.detail(), language));
        }
        if (!problem.errors().isEmpty()) {
            List<Map<String, String>> errors =
                    problem.errors().stream().map(error -> rendered(error, language)).toList();
            document.put("errors", errors);
        }
        problem.extensions().forEach(document::putIfAbsent);
        return document;
    }

    /** The status's name in {@code language}: "Nicht gefunden", "Not Found". */
    public static String title(int status, String language) {
        return Messages.find("platform.status." + status, language)
                .orElseGet(
                        () ->
                                Messages.text(
                                        language,
                                        status >= 500
                                                ? "platform.status.500"
                                                : "platform.status.error"));
    }

    private static Map<String, String> rendered(FieldError error, String language) {
        String module = Messages.moduleOf(error.message().key());
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("field", error.field());
        entry.put(
                "message",
                Messages.label(error.field(), module, language)
                        + ": "
                        + Messages.text(error.message(), language));
        return entry;
    }
}
