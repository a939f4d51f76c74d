package org.amtsplan.scheduling.spi;

import org.amtsplan.scheduling.api.DisruptionScope;

/**
 * Work of a department that is not an appointment but is hit by a disruption all the same (the
 * dealers' batch items due in the window). The kernel counts it for the preview and hands the
 * declaration to every implementation inside the declaring transaction.
 */
public interface DisruptedWork {

    /** How many items the disruption would hit; changes nothing. */
    long affected(DisruptionScope scope);

    /** The disruption is declared: move the items out of the window; answers how many moved. */
    long disrupted(String disruptionId, DisruptionScope scope);
}
