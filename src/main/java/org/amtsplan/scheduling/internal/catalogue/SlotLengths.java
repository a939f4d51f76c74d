package org.amtsplan.scheduling.internal.catalogue;

import java.util.List;

/**
 * The slot lengths of a unit's calendars at all locations, which every service's duration must be a
 * multiple of. The calendars answer (their repository implements it): the catalogue asks without
 * depending on the calendar feature, which builds on the catalogue.
 */
public interface SlotLengths {

    List<Integer> slotLengths(String unitId);
}
