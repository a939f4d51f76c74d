/**
 * Vehicle registration (Kfz-Zulassung): the unit {@code vehicle} (ticket prefix K), its services,
 * car dealers with their daily quotas and batch registrations, and its capacity rules such as the
 * share of counters kept for dealer work. Talks to the kernel only through {@code scheduling.api}
 * and {@code scheduling.spi}.
 */
package org.amtsplan.vehicleregistration;
