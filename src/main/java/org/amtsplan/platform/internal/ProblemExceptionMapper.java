package org.amtsplan.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;

/** A module's deliberate rejection, as the problem document it describes. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ProblemException exception) {
        return ProblemResponses.of(exception, Languages.of(request));
    }
}
