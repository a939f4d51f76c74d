package org.amtsplan.scheduling.internal.catalogue;

/**
 * A unit's opening hours, closures, sessions or rules changed on this instance (a CDI event, fired
 * in the changing transaction). The caches of the moment observe it and drop what they hold; the
 * calendar and the rules need not know who caches what, so the ledger's availability can build on
 * them without their depending back on it.
 */
public record ConfigurationChanged(String unitId) {}
