/**
 * The waiting room: tickets, check-in, walk-ins, the queue, calls and case records, and the
 * displays.
 */
package org.amtsplan.scheduling.internal.counter;
