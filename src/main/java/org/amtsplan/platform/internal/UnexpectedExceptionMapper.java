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
 * stack trace. A bug of ours, never the client's fault. What the database gave up for a lock
 * conflict (503, Retry-After), what it could not do because it was unreachable or its Galera node
 * had no quorum (503) and a duplicate key (409) are answered as such.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Throwable exception) {
        return respond(exception, Languages.of(request));
    }

    static Response respond(Throwable exception, String language) {
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
        if (isDatabaseUnavailable(exception)) {
            // the connection broke or the database node refuses work (a Galera node without
            // quorum or not yet synced): nothing was stored, another instance or a moment later
            // will do
            return Response.fromResponse(ProblemResponses.of(503, language, "platform.tooBusy"))
                    .header("Retry-After", "2")
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

    /**
     * A transaction the database rolled back to break a deadlock or, on Galera, because it lost
     * certification to a conflicting commit on another node (SQLState 40001, error 1213), or a lock
     * wait given up (1205), still failing after {@link ConflictRetry}'s attempts.
     */
    static boolean isLockContention(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql
                    && ("40001".equals(sql.getSQLState())
                            || sql.getErrorCode() == 1213
                            || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (ConflictRetry.saysLockConflict(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection to the database failed (SQLState class 08) or a Galera node refused the
     * statement because it is not part of a synced primary component (error 1047, "WSREP has not
     * yet prepared node for application use").
     */
    static boolean isDatabaseUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && (sql.getErrorCode() == 1047
                            || sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
            // a failed commit reaches us as an XAException that carries the driver's text only
            String message = String.valueOf(cause.getMessage());
            if (message.contains("WSREP has not yet prepared node")
                    || message.contains("communications link failure")
                    || message.contains("communications failure")) {
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
