package org.amtsplan.scheduling.api;

import java.util.List;

/** Use case: a citizen looks for a free slot. */
public interface Availability {

    /**
     * The slots the public may book for the services (of one unit; durations add up) at a location
     * between two dates ("YYYY-MM-DD", inclusive), within the unit's horizon and lead time.
     */
    List<FreeSlot> find(List<String> services, String location, String from, String to);
}
