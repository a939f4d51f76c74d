package org.amtsplan.scheduling.internal.catalogue;

import java.util.List;
import java.util.Optional;

/** Where the service catalogue is kept. */
public interface OfferedServiceRepository {

    Optional<OfferedService> find(String code);

    /** All services, or one unit's, ordered by unit and German name. */
    List<OfferedService> list(Optional<String> unitId);

    /** Stores a new service; returns false when the code is already taken. */
    boolean add(OfferedService service);
}
