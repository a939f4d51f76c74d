package org.amtsplan.scheduling.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.internal.catalogue.UnitRegistry.UnitContributions;
import org.amtsplan.scheduling.spi.DepartmentUnits;
import org.junit.jupiter.api.Test;

class UnitContributionsTest {

    private static DepartmentUnits department(String id, UnitDescription... units) {
        return new DepartmentUnits() {
            @Override
            public String department() {
                return id;
            }

            @Override
            public List<UnitDescription> units() {
                return List.of(units);
            }
        };
    }

    private static UnitDescription unit(String id, String department, String prefix) {
        return new UnitDescription(id, department, prefix, id + " (de)", id + " (en)");
    }

    @Test
    void collectsTheUnitsOfEveryDepartment() {
        List<UnitDescription> merged =
                UnitContributions.merge(
                        List.of(
                                department("vehicle", unit("vehicle", "vehicle", "K")),
                                department(
                                        "registry",
                                        unit("civil-registry", "registry", "S"),
                                        unit("citizenship", "registry", "E"))));
        assertEquals(3, merged.size());
        assertTrue(
                merged.stream()
                        .anyMatch(
                                u -> u.id().equals("citizenship") && u.ticketPrefix().equals("E")));
    }

    @Test
    void refusesTwoUnitsWithTheSameId() {
        var clash =
                List.of(department("a", unit("x", "a", "K")), department("b", unit("x", "b", "L")));
        assertThrows(IllegalStateException.class, () -> UnitContributions.merge(clash));
    }

    @Test
    void refusesTwoUnitsWithTheSameTicketPrefix() {
        var clash =
                List.of(department("a", unit("x", "a", "K")), department("b", unit("y", "b", "K")));
        assertThrows(IllegalStateException.class, () -> UnitContributions.merge(clash));
    }

    @Test
    void refusesAUnitClaimingAnotherDepartment() {
        var wrong = List.of(department("a", unit("x", "b", "K")));
        assertThrows(IllegalStateException.class, () -> UnitContributions.merge(wrong));
    }
}
