/**
 * The scheduling kernel, shared by every department: locations, units, services, calendars and
 * sessions, the capacity ledger, availability, appointments, queues, tickets and cases. Other
 * modules reach it only through {@code scheduling.api} (use cases, commands, events) and contribute
 * their units and rules through {@code scheduling.spi}; {@code scheduling.internal} is private to
 * the kernel. The kernel never imports a department module: it finds them as CDI beans implementing
 * its spi.
 */
package org.amtsplan.scheduling;
