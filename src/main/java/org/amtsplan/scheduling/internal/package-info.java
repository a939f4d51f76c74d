/**
 * The kernel's private part, one sub-package per feature (catalogue, calendar, ledger, booking,
 * counter, day lists, cancellation, retention, statistics; support holds what every feature uses).
 * Each holds its entities, repository ports, JPA adapters, services and resources together; no
 * other module may import any of them.
 */
package org.amtsplan.scheduling.internal;
