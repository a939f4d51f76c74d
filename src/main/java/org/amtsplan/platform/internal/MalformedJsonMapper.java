package org.amtsplan.platform.internal;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemResponses;

/**
 * A body that is not JSON, or JSON that does not fit the expected shape (a word where a number
 * belongs), is the client's mistake: 400, never a 500.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ProcessingException exception) {
        return toResponse(exception, Languages.of(request));
    }

    static Response toResponse(Throwable exception, String language) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.amtsplan.platform.ProblemException problem) {
                return ProblemResponses.of(
                        problem, language); // refused by the JSON limits while the body was read
            }
        }
        if (!isJsonInputProblem(exception)) {
            return UnexpectedExceptionMapper.internalError(exception, language);
        }
        return ProblemResponses.of(org.amtsplan.platform.JsonLimits.malformed(), language);
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
