/** Erasing citizens' names and contact data after the units' retention days. */
package org.amtsplan.scheduling.internal.retention;
