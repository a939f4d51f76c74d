package org.amtsplan.identity.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import org.amtsplan.identity.CurrentStaff;
import org.amtsplan.identity.StaffMember;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemResponses;
import org.amtsplan.platform.RateLimited;

/**
 * The limits of signed-in accounts on the endpoints the public side limits per address ({@link
 * RateLimited}): per account and role ({@link StaffRateLimits}), 429 with Retry-After beyond them.
 * The platform's public-side filter leaves signed-in callers to this one, which knows who they are.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class StaffRateLimitFilter implements ContainerRequestFilter {

    @Context ResourceInfo resourceInfo;

    @Inject CurrentStaff currentStaff;
    @Inject StaffRateLimits staffLimits;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        Optional<StaffMember> staff = currentStaff.get();
        RateLimited limited = method == null ? null : method.getAnnotation(RateLimited.class);
        if (limited == null || staff.isEmpty()) {
            return;
        }
        long retryAfter = staffLimits.admit(staff.get(), limited.value());
        if (retryAfter > 0) {
            request.abortWith(
                    Response.fromResponse(
                                    ProblemResponses.of(
                                            429,
                                            Languages.of(request),
                                            "platform.tooManyFromAccount",
                                            retryAfter))
                            .header("Retry-After", Long.toString(retryAfter))
                            .build());
        }
    }
}
