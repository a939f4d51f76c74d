package org.amtsplan.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
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

    @Override
    public Response toResponse(TransactionalException exception) {
        return UnexpectedExceptionMapper.respond(exception, Languages.of(request));
    }
}
