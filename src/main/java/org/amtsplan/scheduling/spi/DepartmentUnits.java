package org.amtsplan.scheduling.spi;

import java.util.List;
import org.amtsplan.scheduling.api.UnitDescription;

/**
 * Implemented by each department module (as a CDI bean) to contribute the units it runs. The kernel
 * collects all of them at start-up and refuses a second unit with the same id or ticket prefix.
 */
public interface DepartmentUnits {

    /** The department's id, such as {@code vehicle} or {@code registry}. */
    String department();

    /** The units of this department; each names this department. */
    List<UnitDescription> units();
}
