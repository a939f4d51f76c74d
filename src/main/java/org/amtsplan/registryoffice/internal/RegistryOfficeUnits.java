package org.amtsplan.registryoffice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.spi.DepartmentUnits;

/** Contributes the two units of the registry department: civil registry and citizenship. */
@ApplicationScoped
public class RegistryOfficeUnits implements DepartmentUnits {

    static final String DEPARTMENT = "registry";
    static final String CIVIL_REGISTRY = "civil-registry";
    static final String CITIZENSHIP = "citizenship";

    @Override
    public String department() {
        return DEPARTMENT;
    }

    @Override
    public List<UnitDescription> units() {
        return List.of(
                new UnitDescription(
                        CIVIL_REGISTRY, DEPARTMENT, "S", "Standesamt", "Civil registry office"),
                new UnitDescription(
                        CITIZENSHIP,
                        DEPARTMENT,
                        "E",
                        "Staatsangehörigkeit",
                        "Citizenship authority"));
    }
}
