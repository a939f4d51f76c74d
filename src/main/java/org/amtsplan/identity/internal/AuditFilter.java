package org.amtsplan.identity.internal;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.amtsplan.identity.CurrentStaff;

/**
 * Records every request a signed-in staff member makes (reads and changes, refused ones too) in the
 * audit trail, except the lists every page loads (units, locations, services, their own account,
 * who is signed in). Signing in and out are requests like others; a failed sign-in of an existing
 * account is recorded by the sign-in itself, under that account. The path names the appointment,
 * ticket, case or configuration; the query (which may carry a citizen's token) and the body are
 * never stored.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final Set<String> NOT_AUDITED =
            Set.of(
                    "/api/units",
                    "/api/locations",
                    "/api/services",
                    "/api/staff/me",
                    "/api/challenges");

    @Context HttpServletRequest servletRequest;

    @Inject CurrentStaff currentStaff;
    @Inject AuditTrail trail;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        currentStaff
                .get()
                .ifPresent(
                        staff -> {
                            String path =
                                    "/" + request.getUriInfo().getPath().replaceAll("^/+", "");
                            String full = path.startsWith("/api/") ? path : "/api" + path;
                            if (NOT_AUDITED.contains(full)
                                    || (full.equals("/api/session")
                                            && request.getMethod().equals("GET"))) {
                                // every page load asks who is signed in; sign-in and sign-out
                                // are recorded
                                return;
                            }
                            try {
                                trail.record(
                                        staff.username(),
                                        request.getMethod(),
                                        full,
                                        response.getStatus(),
                                        servletRequest.getRemoteAddr());
                            } catch (RuntimeException e) {
                                // the answer is already decided; a lost audit row is logged loudly
                                // rather than failing the request
                                LOG.log(
                                        Level.SEVERE,
                                        "Audit entry lost for "
                                                + staff.username()
                                                + " "
                                                + request.getMethod()
                                                + " "
                                                + full,
                                        e);
                            }
                        });
    }
}
