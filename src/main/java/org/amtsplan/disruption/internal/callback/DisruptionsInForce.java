package org.amtsplan.disruption.internal.callback;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The declared disruptions, as callbacks need them (implemented beside the disruptions, so that
 * this package does not depend on theirs).
 */
public interface DisruptionsInForce {

    /**
     * The declared (not lifted) disruption whose units, locations and window contain this unit,
     * location and moment of the city's time, if any.
     */
    Optional<String> covering(String unit, String location, LocalDateTime at);
}
