/**
 * Registry office (Standesamt) and citizenship authority: the units {@code civil-registry} (S) and
 * {@code citizenship} (E) of the department {@code registry}, after-hours sessions, and certificate
 * mailing as an alternative to an appointment. Talks to the kernel only through {@code
 * scheduling.api} and {@code scheduling.spi}.
 */
package org.amtsplan.registryoffice;
