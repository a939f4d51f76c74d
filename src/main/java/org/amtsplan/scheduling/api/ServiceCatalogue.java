package org.amtsplan.scheduling.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Use case: a head defines what their unit offers; anyone may read the catalogue. */
public interface ServiceCatalogue {

    /** Adds a service to a unit; an unknown unit is 404, a taken code a conflict. */
    Service define(@NotNull String unitId, @NotNull @Valid DefineService command);

    /**
     * Adds the service unless its code is taken (by an earlier start or a concurrent instance);
     * returns whether it was added. For seeding at start-up, where "already there" is success and
     * nobody is logged in, so no caller is checked.
     */
    boolean defineIfAbsent(@NotNull String unitId, @NotNull @Valid DefineService command);

    /** Every service, or those of one unit, ordered by unit and name. */
    List<Service> list(Optional<String> unitId);

    Optional<Service> find(String code);
}
