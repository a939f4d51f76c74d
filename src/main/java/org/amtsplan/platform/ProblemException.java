package org.amtsplan.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client error a module reports on purpose: it becomes an RFC 9457 problem document with the given
 * status and never a stack trace. Extension members (for example a referral offered instead of a
 * ticket) are added to the document next to the standard members.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, Object> extensions;

  public ProblemException(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Map<String, Object> extensions) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.extensions = new LinkedHashMap<>(extensions);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "about:blank", "Not Found", detail, List.of(), Map.of());
  }

  /** 403: the caller is known but may not do this here. */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "about:blank", "Forbidden", detail, List.of(), Map.of());
  }

  public static ProblemException conflict(String type, String detail) {
    return new ProblemException(409, "urn:amtsplan:problem:" + type, "Conflict", detail, List.of(), Map.of());
  }

  /** 422 naming the offending fields; nothing of the request was stored. */
  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(
        422,
        "urn:amtsplan:problem:validation",
        "Unprocessable Content",
        "Die Eingaben sind nicht gültig. / The input is not valid.",
        errors,
        Map.of());
  }

  public static ProblemException invalid(String field, String message) {
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

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, Object> extensions() {
    return Map.copyOf(extensions);
  }
}
