package org.amtsplan.scheduling.api;

import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;

/** The units contributed by the department modules, as the kernel knows them. */
public interface Units {

    List<UnitDescription> all();

    Optional<UnitDescription> find(String unitId);

    /** The unit, or a 404 problem naming it. */
    default UnitDescription require(String unitId) {
        return find(unitId)
                .orElseThrow(() -> ProblemException.notFound("scheduling.unit.notFound", unitId));
    }
}
