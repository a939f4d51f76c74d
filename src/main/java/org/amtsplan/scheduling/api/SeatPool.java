package org.amtsplan.scheduling.api;

import java.util.Objects;

/**
 * A share of a slot's capacity: what the public may book online, what is kept for walk-ins or
 * dealer work, or a replacement contingent reserved for one disruption's affected people.
 */
public record SeatPool(String id) {

    public static final SeatPool PUBLIC = new SeatPool("PUBLIC");
    public static final SeatPool WALK_IN = new SeatPool("WALK_IN");
    public static final SeatPool DEALER = new SeatPool("DEALER");

    private static final String REPLACEMENT_PREFIX = "REPLACEMENT:";

    public SeatPool {
        Objects.requireNonNull(id);
    }

    public static SeatPool replacementFor(String disruptionId) {
        return new SeatPool(REPLACEMENT_PREFIX + disruptionId);
    }

    public boolean isReplacement() {
        return id.startsWith(REPLACEMENT_PREFIX);
    }
}
