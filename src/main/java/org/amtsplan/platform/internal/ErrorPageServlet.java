package org.amtsplan.platform.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.Message;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;

/**
 * The container's own error pages (an unknown path outside the API, an error before JAX-RS is
 * reached) as problem documents instead of the server's HTML, so no client ever sees a stack trace
 * or a server banner. Wired as the error page in web.xml.
 */
@WebServlet("/problem")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 404;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && status < 500) {
            status = 500;
        }
        String detail =
                status == 404
                        ? "platform.http.404"
                        : status >= 500 ? "platform.internalErrorOutsideApi" : null;
        if (failure != null) {
            getServletContext().log("Unexpected failure outside the API", failure);
        }
        response.reset();
        SecurityHeadersFilter.apply(request, response);
        response.setStatus(status);
        response.setContentType(ProblemResponses.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(
                        ProblemResponses.json(
                                new ProblemException(
                                        status,
                                        "about:blank",
                                        detail == null ? null : Message.of(detail),
                                        List.of(),
                                        Map.of()),
                                Languages.of(request)));
    }
}
