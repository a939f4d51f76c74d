/**
 * Disruption and emergency operation: declaring an outage for locations, units and a time window,
 * cancelling what it hits, reserving replacement capacity, rebooking the affected, and the offline
 * kit (day lists, verifiable QR confirmations). Uses the kernel's api and events, not its internals.
 */
package org.amtsplan.disruption;
