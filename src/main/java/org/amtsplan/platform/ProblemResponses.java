package org.amtsplan.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes RFC 9457 problem documents; the one place that knows their shape. */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  private ProblemResponses() {}

  public static Response of(ProblemException problem) {
    return of(
        problem.status(),
        problem.type(),
        problem.title(),
        problem.getMessage(),
        problem.errors(),
        problem.extensions());
  }

  public static Response of(int status, String title, String detail) {
    return of(status, "about:blank", title, detail, List.of(), Map.of());
  }

  public static Response of(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Map<String, Object> extensions) {
    return Response.status(status)
        .type(MEDIA_TYPE + ";charset=UTF-8")
        .entity(json(status, type, title, detail, errors, extensions))
        .build();
  }

  public static String json(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Map<String, Object> extensions) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("type", type);
    document.put("title", title);
    document.put("status", status);
    if (detail != null) {
      document.put("detail", detail);
    }
    if (!errors.isEmpty()) {
      document.put("errors", errors);
    }
    extensions.forEach(document::putIfAbsent);
    return JSONB.toJson(document);
  }
}
