package org.amtsplan.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import org.amtsplan.platform.Languages;

/**
 * A transaction that failed at commit: on a Galera cluster, a commit that lost certification to a
 * conflicting write on another node after every retry, or a node that went away during the commit.
 * Jersey's own mapper for this type answers anything but a wrapped WebApplicationException with a
 * bare 500; this one answers as {@link UnexpectedExceptionMapper} does (503 with Retry-After for
 * contention or an unavailable database, problem+json always).
 */
@Provider
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    @Context HttpServletRequest request;

    @Context Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(TransactionalException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            // as Jersey's own mapper did: a WebApplicationException inside goes to its mapper
            if (cause instanceof WebApplicationException web) {
                ExceptionMapper mapper = providers.getExceptionMapper(web.getClass());
                return mapper != null ? mapper.toResponse(web) : web.getResponse();
            }
        }
        return UnexpectedExceptionMapper.respond(exception, Languages.of(request));
    }
}
