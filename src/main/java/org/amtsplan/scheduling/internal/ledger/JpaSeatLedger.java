package org.amtsplan.scheduling.internal.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.amtsplan.scheduling.api.SeatPool;

/**
 * The ledger in {@code sch_seat_ledger}. Taking a seat is "create the row if missing and lock it,
 * then {@code UPDATE ... SET taken = taken + 1 WHERE ... AND taken < capacity}": InnoDB holds the
 * row's exclusive lock until commit and evaluates the condition on the latest committed value, so
 * of two concurrent takers of the last seat exactly one matches a row.
 */
@ApplicationScoped
class JpaSeatLedger implements SeatLedger {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject AvailabilityCache availability;

    @Override
    public boolean take(String unitId, String locationId, SeatPool pool, List<Claim> claims) {
        availability.invalidate();
        // ascending order: two bookings over the same slots lock them in the same order, no
        // deadlock
        List<Claim> ordered = claims.stream().sorted(Comparator.comparing(Claim::slot)).toList();
        List<LocalDateTime> taken = new ArrayList<>();
        for (Claim claim : ordered) {
            if (claim.capacity() <= 0) {
                return giveBackTaken(unitId, locationId, pool, taken);
            }
            // Creates the row if missing and locks it exclusively either way. INSERT IGNORE would
            // take a
            // shared lock on an existing row, and two shared holders upgrading for the UPDATE
            // deadlock.
            em.createNativeQuery(
                            "insert into sch_seat_ledger (unit_id, location_id, slot_start, pool, taken)"
                                    + " values (?1, ?2, ?3, ?4, 0) on duplicate key update taken = taken")
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter(1, unitId)
                    .setParameter(2, locationId)
                    .setParameter(3, claim.slot())
                    .setParameter(4, pool.id())
                    .executeUpdate();
            if (!takeOne(unitId, locationId, pool, claim)) {
                return giveBackTaken(unitId, locationId, pool, taken);
            }
            taken.add(claim.slot());
        }
        return true;
    }

    /**
     * All or none: a caller that goes on after a refused claim (lifting a disruption skips the
     * appointment and restores the next) must not keep the earlier slots' seats.
     */
    private boolean giveBackTaken(
            String unitId, String locationId, SeatPool pool, List<LocalDateTime> taken) {
        if (!taken.isEmpty()) {
            giveBack(unitId, locationId, pool, taken);
        }
        return false;
    }

    @Override
    public Map<LocalDateTime, Integer> lockForRound(
            String unitId, String locationId, SeatPool pool, List<LocalDateTime> slots) {
        List<LocalDateTime> ordered = slots.stream().distinct().sorted().toList();
        Map<LocalDateTime, Integer> taken = new HashMap<>();
        for (int from = 0; from < ordered.size(); from += 500) {
            List<LocalDateTime> chunk = ordered.subList(from, Math.min(ordered.size(), from + 500));
            StringBuilder sql =
                    new StringBuilder(
                            "insert into sch_seat_ledger (unit_id, location_id, slot_start, pool, taken) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(?1, ?2, ?")
                        .append(i + 4)
                        .append(", ?3, 0)");
            }
            // creates what is missing and locks every row, in ascending order like every other
            // writer
            sql.append(" on duplicate key update taken = taken");
            Query insert =
                    em.createNativeQuery(sql.toString())
                            .setFlushMode(FlushModeType.COMMIT)
                            .setParameter(1, unitId)
                            .setParameter(2, locationId)
                            .setParameter(3, pool.id());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(i + 4, chunk.get(i));
            }
            insert.executeUpdate();
            // a locking read sees the latest committed seats, not the transaction's older snapshot;
            // exact
            // keys only, so no other pool's rows of these slots are locked
            StringBuilder keys = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                keys.append(i == 0 ? "?" : ", ?").append(i + 4);
            }
            Query read =
                    em.createNativeQuery(
                                    "select slot_start, taken from sch_seat_ledger where unit_id = ?1 and location_id = ?2"
                                            + " and pool = ?3 and slot_start in ("
                                            + keys
                                            + ") for update")
                            .setFlushMode(FlushModeType.COMMIT)
                            .setParameter(1, unitId)
                            .setParameter(2, locationId)
                            .setParameter(3, pool.id());
            for (int i = 0; i < chunk.size(); i++) {
                read.setParameter(i + 4, chunk.get(i));
            }
            List<?> rows = read.getResultList();
            for (Object row : rows) {
                Object[] values = (Object[]) row;
                taken.put(toLocalDateTime(values[0]), ((Number) values[1]).intValue());
            }
        }
        return taken;
    }

    @Override
    public void addTaken(String unitId, String locationId, SeatPool pool, List<Seats> seats) {
        availability.invalidate();
        for (Seats slot : seats.stream().sorted(Comparator.comparing(Seats::slot)).toList()) {
            int updated =
                    em.createNativeQuery(
                                    "update sch_seat_ledger set taken = taken + ?5 where unit_id = ?1 and location_id = ?2"
                                            + " and slot_start = ?3 and pool = ?4 and taken + ?5 <= ?6")
                            .setFlushMode(FlushModeType.COMMIT)
                            .setParameter(1, unitId)
                            .setParameter(2, locationId)
                            .setParameter(3, slot.slot())
                            .setParameter(4, pool.id())
                            .setParameter(5, slot.count())
                            .setParameter(6, slot.capacity())
                            .executeUpdate();
            if (updated != 1) {
                throw new IllegalStateException(
                        "slot "
                                + slot.slot()
                                + " of a locked round has no room for "
                                + slot.count());
            }
        }
    }

    /** The conditional update that decides: one seat more, unless the slot is full. */
    private boolean takeOne(String unitId, String locationId, SeatPool pool, Claim claim) {
        return em.createNativeQuery(
                                "update sch_seat_ledger set taken = taken + 1 where unit_id = ?1 and location_id = ?2"
                                        + " and slot_start = ?3 and pool = ?4 and taken < ?5")
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, unitId)
                        .setParameter(2, locationId)
                        .setParameter(3, claim.slot())
                        .setParameter(4, pool.id())
                        .setParameter(5, claim.capacity())
                        .executeUpdate()
                == 1;
    }

    @Override
    public void giveBack(
            String unitId, String locationId, SeatPool pool, List<LocalDateTime> slots) {
        availability.invalidate();
        // one statement per distinct slot, however many seats of it come back (a disruption returns
        // thousands)
        Map<LocalDateTime, Long> seats =
                slots.stream()
                        .collect(
                                Collectors.groupingBy(
                                        slot -> slot, TreeMap::new, Collectors.counting()));
        seats.forEach(
                (slot, count) ->
                        em.createNativeQuery(
                                        "update sch_seat_ledger set taken = greatest(taken - ?5, 0) where unit_id = ?1 and location_id = ?2"
                                                + " and slot_start = ?3 and pool = ?4 and taken > 0")
                                .setFlushMode(FlushModeType.COMMIT)
                                .setParameter(1, unitId)
                                .setParameter(2, locationId)
                                .setParameter(3, slot)
                                .setParameter(4, pool.id())
                                .setParameter(5, count)
                                .executeUpdate());
    }

    @Override
    public void giveBackLater(
            String unitId,
            String locationId,
            SeatPool pool,
            List<LocalDateTime> slots,
            Instant releaseAt) {
        for (LocalDateTime slot : slots) {
            em.createNativeQuery(
                            "insert into sch_seat_release (unit_id, location_id, slot_start, pool, release_at)"
                                    + " values (?1, ?2, ?3, ?4, ?5)")
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter(1, unitId)
                    .setParameter(2, locationId)
                    .setParameter(3, slot)
                    .setParameter(4, pool.id())
                    .setParameter(5, Timestamp.from(releaseAt))
                    .executeUpdate();
        }
    }

    @Override
    public List<Long> dueReleases(Instant now, int limit) {
        List<?> ids =
                em.createNativeQuery(
                                "select id from sch_seat_release where release_at <= ?1 order by release_at limit ?2")
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, limit)
                        .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public boolean release(long releaseId) {
        availability.invalidate();
        // no locking read: the DELETE below decides. Of two instances releasing the same row, on
        // one node the second deletes nothing; on two Galera nodes the second fails certification
        // and, run again, finds the row gone
        List<?> rows =
                em.createNativeQuery(
                                "select unit_id, location_id, slot_start, pool from sch_seat_release where id = ?1")
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, releaseId)
                        .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        int deleted =
                em.createNativeQuery("delete from sch_seat_release where id = ?1")
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, releaseId)
                        .executeUpdate();
        if (deleted != 1) {
            return false;
        }
        giveBack(
                (String) row[0],
                (String) row[1],
                new SeatPool((String) row[3]),
                List.of(toLocalDateTime(row[2])));
        return true;
    }

    @Override
    public Map<LocalDateTime, Integer> taken(
            String unitId, String locationId, SeatPool pool, LocalDateTime from, LocalDateTime to) {
        List<?> rows =
                em.createNativeQuery(
                                "select slot_start, taken from sch_seat_ledger where unit_id = ?1 and location_id = ?2"
                                        + " and pool = ?3 and slot_start >= ?4 and slot_start < ?5 and taken > 0")
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, unitId)
                        .setParameter(2, locationId)
                        .setParameter(3, pool.id())
                        .setParameter(4, from)
                        .setParameter(5, to)
                        .getResultList();
        Map<LocalDateTime, Integer> taken = new HashMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            taken.put(toLocalDateTime(row[0]), ((Number) row[1]).intValue());
        }
        return taken;
    }

    private static LocalDateTime toLocalDateTime(Object value) {
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return ((Timestamp) value).toLocalDateTime();
    }
}
