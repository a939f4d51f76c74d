package org.amtsplan.scheduling.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.ProblemException;

/** Use case: the head or admin sets up the city's service centres. */
public interface Locations {

    /** Adds a location; a taken id is a conflict. */
    Location define(@NotNull @Valid DefineLocation command);

    /**
     * Adds the location unless its id is taken; for seeding at start-up, where nobody is logged in,
     * so no caller is checked. Returns whether it was added.
     */
    boolean defineIfAbsent(@NotNull @Valid DefineLocation command);

    List<Location> all();

    Optional<Location> find(String id);

    /** The location, or a 404 problem naming it. */
    default Location require(String id) {
        return find(id).orElseThrow(
                        () -> ProblemException.notFound("scheduling.location.notFound", id));
    }
}
