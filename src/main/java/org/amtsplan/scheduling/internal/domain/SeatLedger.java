package org.amtsplan.scheduling.internal.domain;

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

  /** A seat to take in one slot, with the slot's capacity in the pool as the calendar says now. */
  record Claim(LocalDateTime slot, int capacity) {}

  /**
   * Takes one seat in every claimed slot, in ascending slot order. Returns false as soon as one slot
   * is full; the caller must then roll back its transaction, which undoes the seats already taken.
   */
  boolean take(String unitId, String locationId, SeatPool pool, List<Claim> claims);

  /**
   * Creates the rows of these slots where missing and locks them for the rest of the transaction,
   * with one statement, so that {@link #takePrepared} needs one statement per slot instead of two.
   * For a transaction that places many people in a few slots (rebooking after a disruption).
   */
  void prepare(String unitId, String locationId, SeatPool pool, List<LocalDateTime> slots);

  /** As {@link #take}, for slots {@link #prepare}d in this transaction. */
  boolean takePrepared(String unitId, String locationId, SeatPool pool, List<Claim> claims);

  /** Gives one seat back in each slot, now; a slot listed n times gets n seats back. */
  void giveBack(String unitId, String locationId, SeatPool pool, List<LocalDateTime> slots);

  /** Gives one seat back in each slot once {@code releaseAt} has passed (hold-back). */
  void giveBackLater(String unitId, String locationId, SeatPool pool, List<LocalDateTime> slots, Instant releaseAt);

  /** Ids of held-back seats whose time has come. */
  List<Long> dueReleases(Instant now, int limit);

  /** Returns one held-back seat to the ledger; false when another instance already did. */
  boolean release(long releaseId);

  /** Seats taken per slot in a pool, for slots from {@code from} (inclusive) to {@code to} (exclusive). */
  Map<LocalDateTime, Integer> taken(String unitId, String locationId, SeatPool pool, LocalDateTime from, LocalDateTime to);
}
