package org.amtsplan.scheduling.internal.ledger;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.amtsplan.scheduling.api.SeatPool;

/**
 * The one source of truth for seats (docs/adr/0004-capacity-ledger.md). Every change is a single
 * conditional statement that the database applies atomically, so concurrent requests on any number
 * of instances can never take more seats than a slot has.
 */
public interface SeatLedger {

    /**
     * A seat to take in one slot, with the slot's capacity in the pool as the calendar says now.
     */
    record Claim(LocalDateTime slot, int capacity) {}

    /**
     * Takes one seat in every claimed slot, in ascending slot order, or none: returns false as soon
     * as one slot is full, having given back the seats it took in the slots before.
     */
    boolean take(String unitId, String locationId, SeatPool pool, List<Claim> claims);

    /** Several seats of one slot, with the slot's capacity in the pool. */
    record Seats(LocalDateTime slot, int count, int capacity) {}

    /**
     * For a transaction that places many people in a few slots (a rebooking round after a
     * disruption): creates the rows of these slots where missing, locks them until the transaction
     * ends and answers what is taken in each. Nobody else can take these seats meanwhile, so the
     * caller may decide in memory and write its seats with {@link #addTaken}.
     */
    Map<LocalDateTime, Integer> lockForRound(
            String unitId, String locationId, SeatPool pool, List<LocalDateTime> slots);

    /**
     * Adds seats to slots locked with {@link #lockForRound}; a slot that would exceed its capacity
     * is an error.
     */
    void addTaken(String unitId, String locationId, SeatPool pool, List<Seats> seats);

    /** Gives one seat back in each slot, now; a slot listed n times gets n seats back. */
    void giveBack(String unitId, String locationId, SeatPool pool, List<LocalDateTime> slots);

    /** Gives one seat back in each slot once {@code releaseAt} has passed (hold-back). */
    void giveBackLater(
            String unitId,
            String locationId,
            SeatPool pool,
            List<LocalDateTime> slots,
            Instant releaseAt);

    /** Ids of held-back seats whose time has come. */
    List<Long> dueReleases(Instant now, int limit);

    /** Returns one held-back seat to the ledger; false when another instance already did. */
    boolean release(long releaseId);

    /**
     * Seats taken per slot in a pool, for slots from {@code from} (inclusive) to {@code to}
     * (exclusive).
     */
    Map<LocalDateTime, Integer> taken(
            String unitId, String locationId, SeatPool pool, LocalDateTime from, LocalDateTime to);
}
