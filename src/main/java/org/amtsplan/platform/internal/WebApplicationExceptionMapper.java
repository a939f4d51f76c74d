package org.amtsplan.platform.internal;

import org.amtsplan.platform.ProblemResponses;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The HTTP-level refusals of JAX-RS itself (unknown path, wrong method, unsupported media type, bad
 * parameter) as problem documents, keeping their status and headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return UnexpectedExceptionMapper.internalError(exception);
    }
    Response.StatusType statusInfo = original.getStatusInfo();
    Response problem =
        ProblemResponses.of(status, statusInfo.getReasonPhrase(), describe(status));
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    original.getHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
        values.forEach(value -> builder.header(name, value));
      }
    });
    return builder.build();
  }

  private static String describe(int status) {
    return switch (status) {
      case 400 -> "Die Anfrage ist fehlerhaft. / The request is malformed.";
      case 401 -> "Anmeldung erforderlich. / Authentication required.";
      case 403 -> "Keine Berechtigung. / Not allowed.";
      case 404 -> "Nicht gefunden. / Not found.";
      case 405 -> "Diese Methode ist hier nicht erlaubt. / Method not allowed here.";
      case 406 -> "Dieses Antwortformat wird nicht angeboten. / Response format not available.";
      case 415 -> "Dieses Format wird nicht angenommen. / Unsupported media type.";
      default -> null;
    };
  }
}
