/**
 * Platform: what every module stands on and nothing else. It owns the database connection and the
 * Flyway migrations run at start-up (one folder and one history table per module), the injectable
 * {@link java.time.Clock} and the city's {@link java.time.ZoneId} ({@link
 * org.amtsplan.platform.CityClock}), JSON-B settings, the translation of every error into an RFC
 * 9457 problem document, health checks, the {@code /api} JAX-RS application and demo mode. The
 * public types here ({@link org.amtsplan.platform.ProblemException}, {@link
 * org.amtsplan.platform.DemoDataRequested}, {@link org.amtsplan.platform.CurrentStaff} — who is
 * calling, filled in by identity — and the access declarations {@link
 * org.amtsplan.platform.ScopedBy}, {@link org.amtsplan.platform.NotUnitScoped} and the spi {@link
 * org.amtsplan.platform.OwnerResolver} that identity's access filter enforces) may be used by every
 * module; {@code platform.internal} is nobody else's business. The platform imports no module.
 */
package org.amtsplan.platform;
