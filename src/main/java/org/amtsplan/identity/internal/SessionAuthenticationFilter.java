package org.amtsplan.identity.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.KioskMay;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.identity.internal.StaffAuthenticator.StaffIdentity;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemResponses;

/**
 * The pages' session cookie: who is calling, like HTTP Basic says it for machines (which it leaves
 * alone: a request with an {@code Authorization} header is {@link BasicAuthenticationFilter}'s). A
 * state-changing request authenticated by the cookie must carry the session's CSRF token in {@code
 * X-CSRF-Token}, else it is refused with 403 before anything runs: another site can make a browser
 * send the cookie (SameSite aside), but cannot read the token. A cookie of an ended session counts
 * as no sign-in at all, and so does a kiosk's session ({@link KioskMay}) outside what a kiosk does,
 * and a request without the token to a method open to the public. What the caller may do is decided
 * afterwards by {@link AccessFilter}, exactly as for Basic.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class SessionAuthenticationFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Context ResourceInfo resourceInfo;

    @Inject StaffSessions sessions;
    @Inject SignedInSession signedIn;
    @Inject CurrentStaff currentStaff;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        String id = SessionCookie.valueIn(request.getCookies());
        if (id == null || isSignIn(request)) {
            // signing in is decided by the password; the old session is ended there
            return;
        }
        Optional<StaffSessions.Active> session =
                sessions.find(id, request.getHeaderString(SessionCookie.BACKGROUND_HEADER) == null);
        if (session.isEmpty()) {
            return;
        }
        if (session.get().kiosk() && !kioskMay()) {
            // whoever stands at the kiosk reaches other pages as the public, not as its staff
            return;
        }
        boolean tokenMissing =
                !SAFE_METHODS.contains(request.getMethod())
                        && !StaffSessions.csrfMatches(
                                session.get(), request.getHeaderString(SessionCookie.CSRF_HEADER));
        if (tokenMissing
                && resourceInfo != null
                && resourceInfo.getResourceClass() != SessionResource.class
                && AccessFilter.isPublic(resourceInfo.getResourceMethod())) {
            // a citizen's page in a browser that also holds a staff session sends no token: it
            // acts as the public does, which is all a forged request could do there too
            return;
        }
        StaffIdentity staff = session.get().identity();
        currentStaff.authenticated(
                new StaffMember(staff.username(), staff.roles(), staff.units(), staff.dealerId()));
        if (tokenMissing) {
            // the account is known, so the audit trail records the refused attempt under it
            request.abortWith(
                    ProblemResponses.of(403, Languages.of(request), "identity.csrfTokenMissing"));
            return;
        }
        signedIn.set(session.get());
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(
                new BasicAuthenticationFilter.StaffSecurityContext(staff, secure, "SESSION"));
    }

    private boolean kioskMay() {
        return resourceInfo != null
                && (resourceInfo.getResourceClass() == SessionResource.class
                        || (resourceInfo.getResourceMethod() != null
                                && resourceInfo
                                        .getResourceMethod()
                                        .isAnnotationPresent(KioskMay.class)));
    }

    private boolean isSignIn(ContainerRequestContext request) {
        return HttpMethod.POST.equals(request.getMethod())
                && resourceInfo != null
                && resourceInfo.getResourceClass() == SessionResource.class;
    }
}
