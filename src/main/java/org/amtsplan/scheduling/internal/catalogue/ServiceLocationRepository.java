package org.amtsplan.scheduling.internal.catalogue;

import java.util.List;
import java.util.Optional;

/** Where service centres are kept. */
interface ServiceLocationRepository {

    Optional<ServiceLocation> find(String id);

    List<ServiceLocation> all();

    /** Stores a new location; returns false when the id is already taken. */
    boolean add(ServiceLocation location);
}
