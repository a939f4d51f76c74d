/**
 * Appointments: hold, reserve, book, confirm, cancel, reschedule, expire, remind; the booking
 * policies and the events.
 */
package org.amtsplan.scheduling.internal.booking;
