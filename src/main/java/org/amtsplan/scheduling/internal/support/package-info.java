/**
 * What every feature of the kernel uses: city time, input errors, caches of the moment, query
 * dates.
 */
package org.amtsplan.scheduling.internal.support;
