package org.amtsplan.scheduling.spi;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amtsplan.platform.FieldError;
import org.amtsplan.scheduling.api.SeatPool;
import org.amtsplan.scheduling.api.UnitRules;

/**
 * Implemented by a department module (as a CDI bean) for the rules of its units: its own rule keys
 * with their defaults and checks, how a slot's counters are split into seat pools, and extra
 * booking policies. A department without an implementation gets the kernel's defaults.
 */
public interface DepartmentRules {

    /** The department this applies to, such as {@code vehicle}. */
    String department();

    /** The department's own rule keys of the unit, with their default values. */
    JsonObject defaults(String unitId);

    /** Errors in the department's own keys (field = key); an empty list when they are fine. */
    List<FieldError> validate(String unitId, JsonObject rules);

    /**
     * How the counters of one slot are split into pools. Replacement sessions reserved for a
     * disruption are not split: all their counters belong to that disruption's pool.
     */
    default Map<SeatPool, Integer> split(String unitId, UnitRules rules, int counters) {
        return splitWithWalkInShare(rules, counters);
    }

    /** The order in which the unit's waiting tickets are called; the kernel's default otherwise. */
    default QueuePolicy queuePolicy(String unitId) {
        return new DefaultQueuePolicy();
    }

    /**
     * Whether the unit takes this walk-in today. Runs inside the ticket's transaction: whatever the
     * department counts is undone when no ticket results.
     */
    default WalkInDecision admitWalkIn(WalkInRequest request) {
        return WalkInDecision.ADMITTED;
    }

    /**
     * Redeems a referral issued earlier for this unit, location and day; the service it was issued
     * for, or empty when there is no such open referral.
     */
    default java.util.Optional<String> redeemReferral(
            String unitId, String locationId, java.time.LocalDate day, String number) {
        return java.util.Optional.empty();
    }

    /** Whether a matter with this deadline (e.g. a permit's expiry) must go first. */
    default boolean isUrgent(
            String unitId,
            UnitRules rules,
            java.time.LocalDate deadline,
            java.time.LocalDate today) {
        return false;
    }

    /** Extra policies a booking in the unit must pass, after the kernel's own. */
    default List<BookingPolicy> bookingPolicies(String unitId) {
        return List.of();
    }

    /**
     * The kernel's split: the unit's {@code walkInCounterShare} of the counters (rounded down) is
     * kept for walk-ins, the rest may be booked by the public.
     */
    static Map<SeatPool, Integer> splitWithWalkInShare(UnitRules rules, int counters) {
        int walkIn = (int) Math.floor(counters * rules.walkInCounterShare());
        Map<SeatPool, Integer> split = new LinkedHashMap<>();
        split.put(SeatPool.PUBLIC, counters - walkIn);
        if (walkIn > 0) {
            split.put(SeatPool.WALK_IN, walkIn);
        }
        return split;
    }
}
