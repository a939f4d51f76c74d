/**
 * Calendars per unit and location: weekly opening hours, closures, dated sessions and the day plans
 * made of them.
 */
package org.amtsplan.scheduling.internal.calendar;
