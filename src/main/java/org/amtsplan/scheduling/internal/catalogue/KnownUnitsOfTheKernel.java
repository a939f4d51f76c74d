package org.amtsplan.scheduling.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amtsplan.identity.KnownUnits;
import org.amtsplan.scheduling.api.Units;

/**
 * Identity's question whether a unit exists, answered from the units the departments contribute.
 */
@ApplicationScoped
class KnownUnitsOfTheKernel implements KnownUnits {

    @Inject Units units;

    @Override
    public boolean exists(String unitId) {
        return units.find(unitId).isPresent();
    }
}
