package org.amtsplan.vehicleregistration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.spi.DepartmentUnits;

/** Contributes the vehicle registration unit to the kernel. */
@ApplicationScoped
public class VehicleRegistrationUnits implements DepartmentUnits {

    static final String DEPARTMENT = "vehicle";
    static final String UNIT = "vehicle";

    @Override
    public String department() {
        return DEPARTMENT;
    }

    @Override
    public List<UnitDescription> units() {
        return List.of(
                new UnitDescription(
                        UNIT, DEPARTMENT, "K", "Kfz-Zulassung", "Vehicle registration"));
    }
}
