/**
 * Platform: what every module stands on and nothing else. It owns the database connection and the
 * Flyway migrations run at start-up (one folder and one history table per module), the injectable
 * {@link java.time.Clock} and the city's {@link java.time.ZoneId} ({@link
 * org.amtsplan.platform.CityClock}), JSON-B settings, the translation of every error into an RFC
 * 9457 problem document, health checks, the {@code /api} JAX-RS application, demo mode and the
 * public side's guard against bots (per-address limits, proof-of-work). The public types here
 * ({@link org.amtsplan.platform.ProblemException}, {@link org.amtsplan.platform.DemoDataRequested},
 * {@link org.amtsplan.platform.RateLimited}, ...) may be used by every module; {@code
 * platform.internal} is nobody else's business. The platform imports no module: who is calling is
 * identity's (its public package), and the public side learns only whether a caller signed in, from
 * the request's JAX-RS security context.
 */
package org.amtsplan.platform;
