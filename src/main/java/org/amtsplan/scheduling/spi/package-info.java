/**
 * What department modules implement for the kernel: their units and (later) their capacity, booking
 * and queue rules. The kernel looks implementations up as CDI beans, keyed by department.
 */
package org.amtsplan.scheduling.spi;
