package org.amtsplan.vehicleregistration.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.UnitRules;

/**
 * Capacity rule of vehicle registration: {@code dealerCounterShare} of a slot's counters (rounded
 * down) is kept for dealer work and the kernel's {@code walkInCounterShare} for walk-ins; the rest
 * is bookable online.
 */
final class DealerCounterShare {

    static final String KEY = "dealerCounterShare";

    private DealerCounterShare() {}

    static Map<SeatPool, Integer> split(UnitRules rules, int counters) {
        int dealer = (int) Math.floor(counters * rules.number(KEY, 0));
        int walkIn = (int) Math.floor(counters * rules.walkInCounterShare());
        Map<SeatPool, Integer> split = new LinkedHashMap<>();
        split.put(SeatPool.PUBLIC, Math.max(0, counters - dealer - walkIn));
        if (dealer > 0) {
            split.put(SeatPool.DEALER, dealer);
        }
        if (walkIn > 0) {
            split.put(SeatPool.WALK_IN, walkIn);
        }
        return split;
    }
}
