package org.amtsplan.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.Messages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;

/**
 * The HTTP-level refusals of JAX-RS itself (unknown path, wrong method, unsupported media type, bad
 * parameter) as problem documents, keeping their status and headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        String language = Languages.of(request);
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.internalError(exception, language);
        }
        String detail =
                Messages.find("platform.http." + status, language).isPresent()
                        ? "platform.http." + status
                        : null;
        Response problem =
                ProblemResponses.of(
                        new ProblemException(
                                status,
                                "about:blank",
                                detail == null ? null : Message.of(detail),
                                List.of(),
                                Map.of()),
                        language);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders()
                .forEach(
                        (name, values) -> {
                            if (!name.equalsIgnoreCase("Content-Type")
                                    && !name.equalsIgnoreCase("Content-Length")) {
                                values.forEach(value -> builder.header(name, value));
                            }
                        });
        return builder.build();
    }
}
