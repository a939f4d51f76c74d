package org.amtsplan.identity.internal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.amtsplan.identity.StaffRoles;
import org.amtsplan.identity.internal.BasicAuthenticationFilter.BasicCredentials;
import org.amtsplan.identity.internal.StaffAuthenticator.StaffIdentity;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;

/**
 * The operators' metrics ({@code /metrics}, MicroProfile Metrics served by Payara inside Amtsplan's
 * root web application, outside JAX-RS) answer only to admins, with the same HTTP Basic staff
 * accounts as the API: 401 without or with wrong credentials, 403 for any other staff account.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccessFilter extends HttpFilter {

    @Inject StaffAuthenticator authenticator;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        Optional<StaffIdentity> identity =
                Optional.ofNullable(header)
                        .flatMap(BasicCredentials::parse)
                        .flatMap(
                                credentials ->
                                        authenticator.authenticate(
                                                credentials.username(), credentials.password()));
        if (identity.isEmpty()) {
            response.setHeader(
                    "WWW-Authenticate",
                    "Basic realm=\"" + BasicAuthenticationFilter.REALM + "\", charset=\"UTF-8\"");
            problem(request, response, 401, "identity.authenticationRequired");
            return;
        }
        if (!identity.get().roles().contains(StaffRoles.ADMIN)) {
            problem(request, response, 403, "identity.adminsOnly");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void problem(
            HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setContentType(ProblemResponses.MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream()
                .write(
                        ProblemResponses.json(
                                        ProblemException.of(status, "about:blank", key),
                                        Languages.of(request))
                                .getBytes(StandardCharsets.UTF_8));
    }
}
