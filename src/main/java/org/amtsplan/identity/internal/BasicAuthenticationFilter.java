package org.amtsplan.identity.internal;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.internal.StaffAuthenticator.StaffIdentity;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemResponses;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * HTTP Basic for the API: who is calling. Endpoints declared {@link PermitAll} may be called
 * without credentials; every other endpoint answers 401 (problem+json) without valid ones.
 * Credentials that are sent are always checked, also on public endpoints, so a staff member's phone
 * booking is recognised as such and a wrong password is never silently treated as "anonymous". What
 * the caller may do is decided afterwards by {@link AccessFilter}. The pages sign in with a session
 * cookie instead ({@link SessionAuthenticationFilter}, which runs first); a page whose session has
 * ended gets its 401 without the {@code WWW-Authenticate} challenge, so the browser shows no
 * sign-in box of its own.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {

    static final String REALM = "Amtsplan";

    @Context ResourceInfo resourceInfo;

    @Inject StaffAuthenticator authenticator;
    @Inject CurrentStaff currentStaff;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            if (currentStaff.get().isPresent()) {
                return; // signed in by the pages' session cookie
            }
            if (!isPublic()) {
                request.abortWith(
                        SessionCookie.valueIn(request.getCookies()) != null
                                // a page whose session ended: its own sign-in form, not the
                                // browser's Basic box
                                ? ProblemResponses.of(
                                        401, Languages.of(request), "identity.sessionEnded")
                                : unauthorized(
                                        "identity.authenticationRequired", Languages.of(request)));
            }
            return;
        }
        Optional<StaffIdentity> identity =
                BasicCredentials.parse(header)
                        .flatMap(
                                credentials ->
                                        authenticator.authenticate(
                                                credentials.username(), credentials.password()));
        if (identity.isEmpty()) {
            failedLogins().inc();
            request.abortWith(unauthorized("identity.wrongCredentials", Languages.of(request)));
            return;
        }
        StaffIdentity staff = identity.get();
        currentStaff.authenticated(
                new StaffMember(staff.username(), staff.roles(), staff.units(), staff.dealerId()));
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(
                new StaffSecurityContext(identity.get(), secure, SecurityContext.BASIC_AUTH));
    }

    private boolean isPublic() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return false;
        }
        return resourceInfo.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || (resourceInfo.getResourceClass().isAnnotationPresent(PermitAll.class)
                        && !resourceInfo
                                .getResourceMethod()
                                .isAnnotationPresent(RolesAllowed.class));
    }

    private Counter failedLogins() {
        return metrics.counter("amtsplan_failed_logins_total");
    }

    private static Response unauthorized(String key, String language) {
        return Response.fromResponse(ProblemResponses.of(401, language, key))
                .header(
                        HttpHeaders.WWW_AUTHENTICATE,
                        "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                .build();
    }

    /** A username and password from an {@code Authorization: Basic} header. */
    record BasicCredentials(String username, String password) {

        static Optional<BasicCredentials> parse(String header) {
            if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String decoded =
                        new String(
                                Base64.getDecoder().decode(header.substring(6).trim()),
                                StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon <= 0) {
                    return Optional.empty();
                }
                return Optional.of(
                        new BasicCredentials(
                                decoded.substring(0, colon), decoded.substring(colon + 1)));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
    }

    /** The authenticated staff member as JAX-RS resources see them. */
    record StaffSecurityContext(StaffIdentity identity, boolean secure, String scheme)
            implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return identity::username;
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
