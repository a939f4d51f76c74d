package org.amtsplan.platform.internal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.amtsplan.platform.Languages;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.ProblemResponses;
import org.amtsplan.platform.RateLimitWindows;
import org.amtsplan.platform.RateLimited;
import org.amtsplan.platform.RequiresProofOfWork;
import org.eclipse.microprofile.config.Config;

/**
 * The public side's guard against bots: for anonymous callers, per-address limits on the endpoints
 * bots hammer ({@link RateLimited}: 429 with Retry-After) and a solved proof-of-work, good for one
 * request, for anonymous booking ({@link RequiresProofOfWork}: 428). A signed-in caller (identity
 * has put its account into the request's security context) is limited per account and role by
 * identity instead, and needs no proof-of-work.
 *
 * <p>Limits are counted per instance in one-minute windows: behind a balancer with n instances an
 * address gets at most n times the limit, still far below what a bot wants. Behind a balancer set
 * {@code amtsplan.ratelimit.forwardedFor=true} so the client's address comes from X-Forwarded-For
 * (only then: otherwise anyone could forge the header).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PublicSideFilter implements ContainerRequestFilter {

    @Context ResourceInfo resourceInfo;
    @Context HttpServletRequest servletRequest;

    @Inject Config config;
    @Inject RateLimitWindows windows;
    @Inject ProofOfWork proofOfWork;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        if (request.getSecurityContext() != null
                && request.getSecurityContext().getUserPrincipal() != null) {
            return; // a signed-in account: identity's per-account limits apply
        }
        RateLimited limited = method.getAnnotation(RateLimited.class);
        if (limited != null) {
            long retryAfter = windows.admit(limited.value(), address(), perMinute(limited.value()));
            if (retryAfter > 0) {
                request.abortWith(
                        tooManyRequests(
                                "platform.tooManyFromAddress", retryAfter, Languages.of(request)));
                return;
            }
        }
        if (method.isAnnotationPresent(RequiresProofOfWork.class)
                && !proofOfWork.redeem(request.getHeaderString("X-Proof-Of-Work"))) {
            request.abortWith(
                    ProblemResponses.of(
                            ProblemException.of(
                                    428,
                                    "urn:amtsplan:problem:proof-of-work",
                                    "platform.proofOfWorkRequired"),
                            Languages.of(request)));
        }
    }

    /** 429 naming whose requests are too many (an account, an address) and when to try again. */
    private static Response tooManyRequests(String key, long retryAfter, String language) {
        return Response.fromResponse(ProblemResponses.of(429, language, key, retryAfter))
                .header("Retry-After", Long.toString(retryAfter))
                .build();
    }

    private int perMinute(String bucket) {
        // the defaults live in microprofile-config.properties, next to the other settings
        return config.getValue("amtsplan.ratelimit." + bucket + "PerMinute", Integer.class);
    }

    private String address() {
        boolean trustForwarded = config.getValue("amtsplan.ratelimit.forwardedFor", Boolean.class);
        String forwarded = servletRequest.getHeader("X-Forwarded-For");
        if (trustForwarded && forwarded != null && !forwarded.isBlank()) {
            // the balancer appends the address it saw; entries left of it are the client's own
            // words
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return servletRequest.getRemoteAddr();
    }
}
