package org.amtsplan.identity.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.internal.StaffAuthenticator.StaffIdentity;
import org.amtsplan.platform.ProblemException;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in, who-am-I and sign-out for the pages: a server-side session in an HttpOnly,
 * SameSite=Strict cookie and a CSRF token the page sends back on every change. The password is
 * checked exactly as for HTTP Basic ({@link StaffAuthenticator}: the same lock-out after repeated
 * failures, the same work for unknown names); a wrong one is a 401 problem document without a
 * {@code WWW-Authenticate} challenge, so the page shows its own message, not the browser's box.
 */
@Path("session")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
public class SessionResource {

    /** The signed-in account and, for a session, the CSRF token to send as {@code X-CSRF-Token}. */
    public record SessionView(
            String username,
            Set<String> roles,
            Set<String> units,
            String dealerId,
            String csrfToken,
            boolean kiosk) {}

    @Context HttpServletRequest servletRequest;

    @Inject StaffAuthenticator authenticator;
    @Inject StaffSessions sessions;
    @Inject SignedInSession signedIn;
    @Inject CurrentStaff currentStaff;
    @Inject StaffAccountRepository accounts;
    @Inject AuditTrail audit;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Anmelden (Sitzung für die Seiten) / sign in (a session for the pages):"
                            + " sets the cookie, answers the CSRF token")
    @PermitAll
    public Response signIn(@Valid SignIn command) {
        if (command == null) {
            throw ProblemException.invalid("body", "platform.validation.bodyRequired");
        }
        Optional<StaffIdentity> identity =
                authenticator.authenticate(command.username(), command.password());
        if (identity.isEmpty()) {
            metrics.counter("amtsplan_failed_logins_total").inc();
            if (accounts.find(command.username()).isPresent()) {
                // a failed sign-in of a real account is the account holder's business: audited
                audit.record(
                        command.username(),
                        "POST",
                        "/api/session",
                        401,
                        servletRequest.getRemoteAddr());
            }
            throw ProblemException.of(401, "about:blank", "identity.wrongCredentials");
        }
        StaffIdentity staff = identity.get();
        // a new id at every sign-in, so a session id planted before sign-in is worth nothing
        sessions.end(cookie());
        StaffSessions.Opened opened = sessions.open(staff.username(), command.forKiosk());
        // the audit trail records this request under the account that just signed in
        currentStaff.authenticated(
                new StaffMember(staff.username(), staff.roles(), staff.units(), staff.dealerId()));
        return Response.ok(view(staff, opened.csrfToken(), command.forKiosk()))
                .header(HttpHeaders.SET_COOKIE, SessionCookie.setting(opened.id(), secure()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Operation(
            summary =
                    "Wer ist angemeldet (nach dem Neuladen einer Seite) / who is signed in (after a"
                            + " page reload): the account and the session's CSRF token")
    @PermitAll
    public Response current() {
        StaffMember staff =
                currentStaff
                        .get()
                        .orElseThrow(
                                () ->
                                        ProblemException.of(
                                                401, "about:blank", "identity.pleaseSignIn"));
        // signed in with HTTP Basic: the same account, but no session and so no token
        String csrfToken = signedIn.get().map(StaffSessions.Active::csrfToken).orElse(null);
        boolean kiosk = signedIn.get().map(StaffSessions.Active::kiosk).orElse(false);
        return Response.ok(
                        new SessionView(
                                staff.username(),
                                staff.roles(),
                                staff.units(),
                                staff.dealerId(),
                                csrfToken,
                                kiosk))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @DELETE
    @Operation(summary = "Abmelden / sign out: ends the session and clears the cookie")
    @PermitAll
    public Response signOut() {
        sessions.end(cookie());
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, SessionCookie.clearing(secure()))
                .build();
    }

    private String cookie() {
        jakarta.servlet.http.Cookie[] cookies = servletRequest.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(c -> c.getName().equals(SessionCookie.NAME))
                .map(jakarta.servlet.http.Cookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private boolean secure() {
        return SessionCookie.secure(
                servletRequest.isSecure(), servletRequest.getHeader("X-Forwarded-Proto"));
    }

    private static SessionView view(StaffIdentity staff, String csrfToken, boolean kiosk) {
        return new SessionView(
                staff.username(), staff.roles(), staff.units(), staff.dealerId(), csrfToken, kiosk);
    }
}
