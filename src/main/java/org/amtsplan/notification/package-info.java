/**
 * Notifications: the transactional outbox (written inside the transaction of the appointment event
 * that causes it, so only committed facts are ever told), the SMTP dispatcher with leases and
 * back-off, and the German and English texts with calendar files. People without e-mail are on the
 * disruption's phone and letter list instead.
 */
package org.amtsplan.notification;
