/**
 * Notifications: the transactional outbox, e-mail with a calendar file, and the phone and letter
 * lists for people without e-mail. Sends each message once, survives restarts and mail-server
 * outages, and reacts only to committed facts (events after success).
 */
package org.amtsplan.notification;
