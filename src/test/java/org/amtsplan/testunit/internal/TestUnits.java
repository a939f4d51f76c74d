package org.amtsplan.testunit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.spi.DepartmentUnits;

/** Contributes the two units of the test department: one with walk-ins, one by appointment only. */
@ApplicationScoped
public class TestUnits implements DepartmentUnits {

    static final String DEPARTMENT = "test";
    static final String WITH_WALK_INS = "test-unit";
    static final String BY_APPOINTMENT = "test-unit-by-appointment";

    @Override
    public String department() {
        return DEPARTMENT;
    }

    @Override
    public List<UnitDescription> units() {
        return List.of(
                new UnitDescription(WITH_WALK_INS, DEPARTMENT, "T", "Testeinheit", "Test unit"),
                new UnitDescription(
                        BY_APPOINTMENT,
                        DEPARTMENT,
                        "U",
                        "Testeinheit nur mit Termin",
                        "Test unit, by appointment only"));
    }
}
