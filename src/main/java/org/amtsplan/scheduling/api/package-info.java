/**
 * What other modules may call on the kernel: use-case interfaces, command and view records, the
 * appointment events with the facts their observers need, and the appointment's calendar file
 * rendered from those facts.
 */
package org.amtsplan.scheduling.api;
