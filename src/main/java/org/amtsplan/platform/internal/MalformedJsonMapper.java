package org.amtsplan.platform.internal;

import org.amtsplan.platform.ProblemResponses;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or JSON that does not fit the expected shape (a word where a number
 * belongs), is the client's mistake: 400, never a 500.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.amtsplan.platform.ProblemException problem) {
        return ProblemResponses.of(problem); // refused by the JSON limits while the body was read
      }
    }
    if (!isJsonInputProblem(exception)) {
      return UnexpectedExceptionMapper.internalError(exception);
    }
    return ProblemResponses.of(
        400,
        "urn:amtsplan:problem:malformed-json",
        "Bad Request",
        "Der Inhalt ist kein gültiges JSON in der erwarteten Form. / The body is not valid JSON of the expected shape.",
        java.util.List.of(),
        java.util.Map.of());
  }

  /** A JSON problem while reading a request; one while writing a response is our own bug. */
  static boolean isJsonInputProblem(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof JsonParsingException
          || cause instanceof jakarta.json.JsonException) {
        return !happenedWhileWriting(cause);
      }
    }
    return false;
  }

  private static boolean happenedWhileWriting(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      String method = frame.getMethodName();
      if (method.equals("toJson") || method.equals("writeTo")) {
        return true;
      }
      if (method.equals("fromJson") || method.equals("readFrom")) {
        return false;
      }
    }
    return false;
  }
}
