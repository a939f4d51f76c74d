package org.amtsplan.platform.internal;

import org.amtsplan.platform.Languages;
import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import org.amtsplan.platform.ProblemResponses;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.amtsplan.platform.ProblemException;

/** A module's deliberate rejection, as the problem document it describes. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ProblemException exception) {
    return ProblemResponses.of(exception, Languages.of(request));
  }
}
