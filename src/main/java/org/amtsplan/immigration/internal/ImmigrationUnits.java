package org.amtsplan.immigration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.spi.DepartmentUnits;

/** Contributes the immigration office's unit to the kernel. */
@ApplicationScoped
public class ImmigrationUnits implements DepartmentUnits {

    static final String DEPARTMENT = "immigration";
    static final String UNIT = "immigration";

    @Override
    public String department() {
        return DEPARTMENT;
    }

    @Override
    public List<UnitDescription> units() {
        return List.of(
                new UnitDescription(
                        UNIT, DEPARTMENT, "A", "Einreise und Aufenthalt", "Immigration office"));
    }
}
