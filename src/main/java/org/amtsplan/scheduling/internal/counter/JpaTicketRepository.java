package org.amtsplan.scheduling.internal.counter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.OptimisticFlush;
import org.amtsplan.scheduling.api.TicketKind;
import org.amtsplan.scheduling.spi.WaitingTicket;

@ApplicationScoped
class JpaTicketRepository implements TicketRepository {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public long waiting(String unitId, LocalDate day) {
        return ((Number)
                        em.createNativeQuery(
                                        "select count(*) from sch_ticket where unit_id = ?1 and day = ?2 and status = 'WAITING'")
                                .setParameter(1, unitId)
                                .setParameter(2, day)
                                .getSingleResult())
                .longValue();
    }

    @Override
    public int nextNumber(String unitId, String locationId, LocalDate day) {
        // LAST_INSERT_ID(expr) hands the new value to this connection only: atomic across instances
        em.createNativeQuery(
                        "insert into sch_ticket_number (unit_id, location_id, day, last_number) values (?1, ?2, ?3, last_insert_id(1))"
                                + " on duplicate key update last_number = last_insert_id(last_number + 1)")
                .setParameter(1, unitId)
                .setParameter(2, locationId)
                .setParameter(3, day)
                .executeUpdate();
        int number = lastInsertId();
        // the row of the day is locked by the update above, so skipping a block is atomic too
        while (true) {
            List<?> blockEnd =
                    em.createNativeQuery(
                                    "select last_number from sch_number_block where unit_id = ?1 and location_id = ?2"
                                            + " and ?3 between first_number and last_number")
                            .setParameter(1, unitId)
                            .setParameter(2, locationId)
                            .setParameter(3, number)
                            .getResultList();
            if (blockEnd.isEmpty()) {
                return number;
            }
            em.createNativeQuery(
                            "update sch_ticket_number set last_number = last_insert_id(greatest(last_number, ?4) + 1)"
                                    + " where unit_id = ?1 and location_id = ?2 and day = ?3")
                    .setParameter(1, unitId)
                    .setParameter(2, locationId)
                    .setParameter(3, day)
                    .setParameter(4, ((Number) blockEnd.get(0)).intValue())
                    .executeUpdate();
            number = lastInsertId();
        }
    }

    private int lastInsertId() {
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult())
                .intValue();
    }

    @Override
    public Block reserveBlock(
            String unitId,
            String locationId,
            String holder,
            int threshold,
            int size,
            LocalDate today,
            Instant now) {
        // the unit's number row of today is written first (a real change: a lock alone is not seen
        // by Galera's certification), so the server's numbering and a reservation, or two
        // reservations, through two nodes conflict and one is retried; on one node they queue
        em.createNativeQuery(
                        "insert into sch_ticket_number (unit_id, location_id, day, last_number, blocks_reserved)"
                                + " values (?1, ?2, ?3, 0, 1) on duplicate key update blocks_reserved = blocks_reserved + 1")
                .setParameter(1, unitId)
                .setParameter(2, locationId)
                .setParameter(3, today)
                .executeUpdate();
        int todayLast =
                ((Number)
                                em.createNativeQuery(
                                                "select last_number from sch_ticket_number where unit_id = ?1 and location_id = ?2 and day = ?3")
                                        .setParameter(1, unitId)
                                        .setParameter(2, locationId)
                                        .setParameter(3, today)
                                        .getSingleResult())
                        .intValue();
        Object lastBlock =
                em.createNativeQuery(
                                "select max(last_number) from sch_number_block where unit_id = ?1 and location_id = ?2")
                        .setParameter(1, unitId)
                        .setParameter(2, locationId)
                        .getSingleResult();
        int first =
                Math.max(
                        threshold,
                        Math.max(
                                todayLast + 1,
                                lastBlock == null ? 0 : ((Number) lastBlock).intValue() + 1));
        Block block = new Block(unitId, locationId, first, first + size - 1, holder, now, null);
        em.createNativeQuery(
                        "insert into sch_number_block (unit_id, location_id, first_number, last_number, holder, reserved_at)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, unitId)
                .setParameter(2, locationId)
                .setParameter(3, block.first())
                .setParameter(4, block.last())
                .setParameter(5, holder)
                .setParameter(6, Timestamp.from(now))
                .executeUpdate();
        return block;
    }

    @Override
    public Optional<Block> blockOf(String holder) {
        List<?> rows =
                em.createNativeQuery(
                                "select unit_id, location_id, first_number, last_number, holder, reserved_at, revoked_at"
                                        + " from sch_number_block where holder = ?1")
                        .setParameter(1, holder)
                        .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(
                        r ->
                                new Block(
                                        (String) r[0],
                                        (String) r[1],
                                        ((Number) r[2]).intValue(),
                                        ((Number) r[3]).intValue(),
                                        (String) r[4],
                                        instant(r[5]),
                                        instant(r[6])))
                .findFirst();
    }

    @Override
    public void revokeBlock(String holder, Instant at) {
        em.createNativeQuery(
                        "update sch_number_block set revoked_at = ?2 where holder = ?1 and revoked_at is null")
                .setParameter(1, holder)
                .setParameter(2, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public Optional<Ticket> byNumber(
            String unitId, String locationId, LocalDate day, String number) {
        return em.createQuery(
                        "select t from Ticket t where t.unitId = :unit and t.locationId = :location and t.day = :day and t.number = :number",
                        Ticket.class)
                .setParameter("unit", unitId)
                .setParameter("location", locationId)
                .setParameter("day", day)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant i
                ? i
                : value instanceof LocalDateTime local
                        ? Timestamp.valueOf(local).toInstant()
                        : ((Timestamp) value).toInstant();
    }

    @Override
    public void add(Ticket ticket) {
        em.persist(ticket);
        em.flush();
    }

    @Override
    public Optional<Ticket> byId(long id) {
        return Optional.ofNullable(em.find(Ticket.class, id));
    }

    @Override
    public boolean appointmentCheckedIn(String appointmentCode) {
        return !em.createNativeQuery("select 1 from sch_ticket where appointment_code = ?1")
                .setParameter(1, appointmentCode)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Long> parked(String unitId, String locationId, LocalDate day) {
        return em
                .createNativeQuery(
                        "select id from sch_ticket where unit_id = ?1 and location_id = ?2 and day = ?3 and status = 'PARKED' order by id")
                .setParameter(1, unitId)
                .setParameter(2, locationId)
                .setParameter(3, day)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    @Override
    public List<Waiting> waiting(String unitId, String locationId, LocalDate day) {
        List<?> rows =
                em.createNativeQuery(
                                "select id, number, kind, service_code, arrived_at, appointment_start, urgent, assigned_counter"
                                        + " from sch_ticket where unit_id = ?1 and location_id = ?2 and day = ?3 and status = 'WAITING'")
                        .setParameter(1, unitId)
                        .setParameter(2, locationId)
                        .setParameter(3, day)
                        .getResultList();
        List<Waiting> waiting = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            waiting.add(
                    new Waiting(
                            new WaitingTicket(
                                    ((Number) row[0]).longValue(),
                                    (String) row[1],
                                    TicketKind.valueOf((String) row[2]),
                                    (String) row[3],
                                    ((Timestamp) row[4]).toInstant(),
                                    localDateTime(row[5]),
                                    row[6] instanceof Boolean b
                                            ? b
                                            : ((Number) row[6]).intValue() != 0),
                            (String) row[7]));
        }
        return waiting;
    }

    @Override
    public boolean claim(long ticketId, String counter, String clerk, Instant now) {
        return em.createNativeQuery(
                                "update sch_ticket set status = 'CALLED', counter_id = ?1, called_by = ?2, called_at = ?3,"
                                        + " call_count = call_count + 1, missed_at = null, version = version + 1 where id = ?4 and status = 'WAITING'")
                        .setParameter(1, counter)
                        .setParameter(2, clerk)
                        .setParameter(3, Timestamp.from(now))
                        .setParameter(4, ticketId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void flush() {
        OptimisticFlush.flush(em);
    }

    @Override
    public Optional<CaseRecord> caseOf(long ticketId) {
        return em.createQuery(
                        "select c from CaseRecord c where c.ticketId = :ticket", CaseRecord.class)
                .setParameter("ticket", ticketId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(CaseRecord record) {
        em.persist(record);
    }

    @Override
    public Optional<Double> recentServiceMinutes(String unitId, String locationId, int lastCases) {
        Object mean =
                em.createNativeQuery(
                                "select avg(timestampdiff(second, c.started_at, c.ended_at)) / 60 from ("
                                        + " select c.started_at, c.ended_at from sch_case c join sch_ticket t on t.id = c.ticket_id"
                                        + " where c.unit_id = ?1 and t.location_id = ?2 and c.status = 'CLOSED'"
                                        + " order by c.ended_at desc limit ?3) c")
                        .setParameter(1, unitId)
                        .setParameter(2, locationId)
                        .setParameter(3, lastCases)
                        .getSingleResult();
        return Optional.ofNullable(mean).map(m -> ((Number) m).doubleValue());
    }

    @Override
    public Optional<Long> currentAt(
            String unitId, String locationId, LocalDate day, String counter) {
        List<?> ids =
                em.createNativeQuery(
                                "select id from sch_ticket where unit_id = ?1 and location_id = ?2 and day = ?3"
                                        + " and counter_id = ?4 and status in ('CALLED', 'IN_SERVICE')"
                                        + " order by called_at desc, id desc limit 1")
                        .setParameter(1, unitId)
                        .setParameter(2, locationId)
                        .setParameter(3, day)
                        .setParameter(4, counter)
                        .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public int activeCounters(String unitId, String locationId, LocalDate day, Instant since) {
        return ((Number)
                        em.createNativeQuery(
                                        "select count(distinct counter_id) from sch_ticket where unit_id = ?1 and location_id = ?2"
                                                + " and day = ?3 and called_at >= ?4 and counter_id is not null")
                                .setParameter(1, unitId)
                                .setParameter(2, locationId)
                                .setParameter(3, day)
                                .setParameter(4, Timestamp.from(since))
                                .getSingleResult())
                .intValue();
    }

    @Override
    public List<String> counterServices(String unitId, String locationId, String counter) {
        List<?> rows =
                em.createNativeQuery(
                                "select services from sch_counter where unit_id = ?1 and location_id = ?2 and counter_id = ?3")
                        .setParameter(1, unitId)
                        .setParameter(2, locationId)
                        .setParameter(3, counter)
                        .getResultList();
        if (rows.isEmpty() || rows.get(0) == null || rows.get(0).toString().isBlank()) {
            return List.of();
        }
        return List.of(rows.get(0).toString().split("\n"));
    }

    @Override
    public void limitCounter(
            String unitId, String locationId, String counter, List<String> services) {
        em.createNativeQuery(
                        "insert into sch_counter (unit_id, location_id, counter_id, services) values (?1, ?2, ?3, ?4)"
                                + " on duplicate key update services = values(services)")
                .setParameter(1, unitId)
                .setParameter(2, locationId)
                .setParameter(3, counter)
                .setParameter(4, services.isEmpty() ? null : String.join("\n", services))
                .executeUpdate();
    }

    @Override
    public void recordCall(
            String locationId, String unitId, String number, String counter, Instant at) {
        em.createNativeQuery(
                        "insert into sch_call_event (location_id, unit_id, number, counter_id, called_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, locationId)
                .setParameter(2, unitId)
                .setParameter(3, number)
                .setParameter(4, counter)
                .setParameter(5, Timestamp.from(at))
                .executeUpdate();
    }

    private static LocalDateTime localDateTime(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDateTime local ? local : ((Timestamp) value).toLocalDateTime();
    }
}
