package org.amtsplan.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemResponses;

/**
 * Anything nobody anticipated: logged with an incident number, answered with that number and no
 * stack trace. A bug of ours, never the client's fault.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
        String language = Languages.of(request);
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.amtsplan.platform.ProblemException problem) {
                return ProblemResponses.of(
                        problem,
                        language); // thrown where the runtime wraps it, e.g. while reading a body
            }
        }
        if (MalformedJsonMapper.isJsonInputProblem(exception)) {
            return MalformedJsonMapper.toResponse(
                    new jakarta.ws.rs.ProcessingException(exception), language);
        }
        if (isLockContention(exception)) {
            // the database gave up a transaction to resolve a lock conflict; nothing was stored
            return Response.fromResponse(ProblemResponses.of(503, language, "platform.tooBusy"))
                    .header("Retry-After", "1")
                    .build();
        }
        if (isDuplicateKey(exception)) {
            // the same row written twice and still there after the retries: a conflict with what
            // exists
            return ProblemResponses.of(409, language, "platform.alreadyExists");
        }
        return internalError(exception, language);
    }

    static boolean isDuplicateKey(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    static boolean isLockContention(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    static Response internalError(Throwable exception, String language) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return ProblemResponses.of(500, language, "platform.internalError", incident);
    }
}
