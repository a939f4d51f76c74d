package org.amtsplan.scheduling.internal.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.spi.DepartmentUnits;

/**
 * Collects the units every department module contributes through {@link DepartmentUnits}. Units are
 * code, identical on every instance, so holding them in memory keeps no state an instance alone
 * knows.
 */
@ApplicationScoped
class UnitRegistry implements Units {

    @Inject @Any Instance<DepartmentUnits> departments;

    private List<UnitDescription> units;
    private Map<String, UnitDescription> byId;

    @PostConstruct
    void collect() {
        List<DepartmentUnits> contributions = new ArrayList<>();
        departments.forEach(contributions::add);
        List<UnitDescription> all = UnitContributions.merge(contributions);
        Map<String, UnitDescription> index = new HashMap<>();
        all.forEach(unit -> index.put(unit.id(), unit));
        units = all;
        byId = Map.copyOf(index);
    }

    @Override
    public List<UnitDescription> all() {
        return units;
    }

    @Override
    public Optional<UnitDescription> find(String unitId) {
        return Optional.ofNullable(unitId).map(byId::get);
    }

    /**
     * The checks a set of contributions must pass; a clash is a programming error caught at start.
     */
    static final class UnitContributions {

        private UnitContributions() {}

        static List<UnitDescription> merge(List<DepartmentUnits> contributions) {
            Map<String, String> ownerOfId = new HashMap<>();
            Map<String, String> ownerOfPrefix = new HashMap<>();
            List<UnitDescription> all = new ArrayList<>();
            for (DepartmentUnits department : contributions) {
                for (UnitDescription unit : department.units()) {
                    if (!department.department().equals(unit.department())) {
                        throw new IllegalStateException(
                                "Unit "
                                        + unit.id()
                                        + " claims department "
                                        + unit.department()
                                        + " but is contributed by "
                                        + department.department());
                    }
                    String idOwner = ownerOfId.putIfAbsent(unit.id(), department.department());
                    if (idOwner != null) {
                        throw new IllegalStateException(
                                "Unit id "
                                        + unit.id()
                                        + " contributed twice: "
                                        + idOwner
                                        + ", "
                                        + department.department());
                    }
                    String prefixOwner = ownerOfPrefix.putIfAbsent(unit.ticketPrefix(), unit.id());
                    if (prefixOwner != null) {
                        throw new IllegalStateException(
                                "Ticket prefix "
                                        + unit.ticketPrefix()
                                        + " used by "
                                        + prefixOwner
                                        + " and "
                                        + unit.id());
                    }
                    all.add(unit);
                }
            }
            all.sort(
                    Comparator.comparing(UnitDescription::department)
                            .thenComparing(UnitDescription::id));
            return List.copyOf(all);
        }
    }
}
