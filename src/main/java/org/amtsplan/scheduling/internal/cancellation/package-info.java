/**
 * The kernel's offer to the disruption module: cancellation by the office and replacement seats.
 */
package org.amtsplan.scheduling.internal.cancellation;
