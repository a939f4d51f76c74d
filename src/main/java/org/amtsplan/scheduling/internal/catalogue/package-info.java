/** Units and their rules, services and locations, and the cache of unit rules and day plans. */
package org.amtsplan.scheduling.internal.catalogue;
