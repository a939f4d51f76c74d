/**
 * Notifications: the transactional outbox of intents (written inside the transaction of the
 * appointment event that causes it, so only committed facts are ever told), the SMTP dispatcher
 * with leases and back-off, which renders each mail when it sends it (German and English texts from
 * resource bundles, calendar file, signed QR code), and the reminders the day before. Its public
 * face: the port {@link org.amtsplan.notification.ConfirmationSignatures} (implemented by the
 * module holding the signing key) and {@link org.amtsplan.notification.DeliveryReports}. People
 * without e-mail are on the disruption's phone and letter list instead.
 */
package org.amtsplan.notification;
