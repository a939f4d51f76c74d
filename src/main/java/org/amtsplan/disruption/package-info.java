/**
 * Disruption and emergency operation: declaring an outage for locations, units and a time window,
 * cancelling what it hits, reserving replacement capacity, rebooking the affected, and the offline
 * kit: day lists as PDF and CSV, their export ahead of time, signed QR confirmations with an
 * offline verification page, and paper reconciliation. Uses the kernel's api and events, not its
 * internals. (Declaring disruptions and rebooking come with their issue.)
 */
package org.amtsplan.disruption;
