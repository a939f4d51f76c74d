package org.amtsplan.disruption.internal.offline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.amtsplan.disruption.internal.OfflineRecords;
import org.amtsplan.platform.RetriedOnConflict;

/**
 * The ledger of actions received from offline devices, keyed by the action's id. An action is
 * applied in the same transaction that inserts its row, and the row is inserted first: a concurrent
 * repeat of the id waits on that key and then finds it taken, so it never applies twice.
 */
@ApplicationScoped
public class ActionLedger implements OfflineRecords {

    public static final String APPLIED = "APPLIED";
    public static final String ALREADY_DONE = "ALREADY_DONE";
    public static final String CONFLICT = "CONFLICT";
    public static final String REJECTED = "REJECTED";

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Clock clock;

    /** What was received, as stored. */
    public record Received(
            String id,
            String deviceId,
            Long sequence,
            Instant at,
            String type,
            String payload,
            String payloadHash) {}

    /** A recorded action with its result. */
    public record Entry(
            String id,
            String deviceId,
            Long sequence,
            OffsetDateTime at,
            String type,
            String payloadHash,
            String result,
            String problemDe,
            String problemEn,
            TicketRef ticket,
            OffsetDateTime receivedAt,
            OffsetDateTime dismissedAt,
            String payload) {}

    public record TicketRef(long id, String number, String status) {}

    /**
     * Records the action as applied and applies it, both or neither; the row comes first so that a
     * concurrent repeat waits for this transaction and then meets the taken key.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @RetriedOnConflict
    public TicketRef apply(Received action, String clerk, Supplier<TicketRef> change) {
        insert(action, clerk, APPLIED, null, null);
        TicketRef ticket = change.get();
        if (ticket != null) {
            em.createNativeQuery(
                            "update dis_offline_action set ticket_id = ?2, ticket_number = ?3, ticket_status = ?4 where id = ?1")
                    .setParameter(1, action.id())
                    .setParameter(2, ticket.id())
                    .setParameter(3, ticket.number())
                    .setParameter(4, ticket.status())
                    .executeUpdate();
        }
        return ticket;
    }

    /** Records an action that was not applied (a conflict or a rejection), with the problem. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @RetriedOnConflict
    public void refused(
            Received action, String clerk, String result, String problemDe, String problemEn) {
        insert(action, clerk, result, problemDe, problemEn);
    }

    private void insert(
            Received action, String clerk, String result, String problemDe, String problemEn) {
        em.createNativeQuery(
                        "insert into dis_offline_action (id, device_id, sequence, at, type, payload, payload_hash, result,"
                                + " problem_de, problem_en, received_at, received_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, action.id())
                .setParameter(2, action.deviceId())
                .setParameter(3, action.sequence())
                .setParameter(4, action.at() == null ? null : Timestamp.from(action.at()))
                .setParameter(5, action.type())
                .setParameter(6, action.payload())
                .setParameter(7, action.payloadHash())
                .setParameter(8, result)
                .setParameter(9, problemDe)
                .setParameter(10, problemEn)
                .setParameter(11, Timestamp.from(clock.instant()))
                .setParameter(12, clerk)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Entry> find(String id) {
        return entries("where id = ?1", id).stream().findFirst();
    }

    /** The most actions a device's list shows: the newest received. */
    static final int LISTED = 500;

    /**
     * A device's recorded actions, of one result or all, the newest {@value #LISTED}; dismissed
     * ones are left out. Only a conflict or rejection carries the action as received (the clerk
     * resends or corrects it); what was applied is in the server's records, its names and phones no
     * longer the device list's business.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> of(String deviceId, String result) {
        List<Entry> newest =
                result == null
                        ? entries(
                                "where device_id = ?1 and dismissed_at is null"
                                        + " order by received_at desc, sequence desc limit "
                                        + LISTED,
                                deviceId)
                        : entries(
                                "where device_id = ?1 and result = ?2 and dismissed_at is null"
                                        + " order by received_at desc, sequence desc limit "
                                        + LISTED,
                                deviceId,
                                result);
        return newest.stream()
                .sorted(
                        java.util.Comparator.comparing(
                                        Entry::sequence,
                                        java.util.Comparator.nullsLast(
                                                java.util.Comparator.<Long>naturalOrder()))
                                .thenComparing(Entry::receivedAt))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OnTicket> appliedTo(java.util.Collection<Long> ticketIds, Instant since) {
        List<Long> ids = List.copyOf(ticketIds);
        List<OnTicket> found = new java.util.ArrayList<>();
        // in chunks: a disruption can interrupt many cases, a statement takes a bounded list
        for (int from = 0; from < ids.size(); from += 200) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 200));
            StringBuilder placeholders = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                placeholders.append(i == 0 ? "" : ", ").append('?').append(i + 2);
            }
            var query =
                    em.createNativeQuery(
                                    "select a.ticket_id, a.type, a.at, a.received_at, d.name from dis_offline_action a"
                                            + " join dis_offline_device d on d.id = a.device_id"
                                            + " where a.result = 'APPLIED' and a.received_at >= ?1 and a.ticket_id in ("
                                            + placeholders
                                            + ") order by a.received_at, a.sequence")
                            .setParameter(1, Timestamp.from(since));
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 2, chunk.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                found.add(
                        new OnTicket(
                                ((Number) r[0]).longValue(),
                                (String) r[1],
                                OfflineDevices.offset(r[2]),
                                OfflineDevices.offset(r[3]),
                                (String) r[4]));
            }
        }
        return found;
    }

    /** Marks a device's action as dealt with; false when the device has no such action. */
    @Transactional
    public boolean dismiss(String deviceId, String actionId) {
        return em.createNativeQuery(
                                "update dis_offline_action set dismissed_at = coalesce(dismissed_at, ?3) where id = ?1 and device_id = ?2")
                        .setParameter(1, actionId)
                        .setParameter(2, deviceId)
                        .setParameter(3, Timestamp.from(clock.instant()))
                        .executeUpdate()
                == 1;
    }

    private List<Entry> entries(String where, Object... parameters) {
        var query =
                em.createNativeQuery(
                        "select id, device_id, sequence, at, type, payload_hash, result, problem_de, problem_en,"
                                + " ticket_id, ticket_number, ticket_status, received_at, dismissed_at,"
                                + " case when result in ('CONFLICT', 'REJECTED') then payload end from dis_offline_action "
                                + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(
                        r ->
                                new Entry(
                                        (String) r[0],
                                        (String) r[1],
                                        r[2] == null ? null : ((Number) r[2]).longValue(),
                                        OfflineDevices.offset(r[3]),
                                        (String) r[4],
                                        (String) r[5],
                                        (String) r[6],
                                        (String) r[7],
                                        (String) r[8],
                                        r[9] == null
                                                ? null
                                                : new TicketRef(
                                                        ((Number) r[9]).longValue(),
                                                        (String) r[10],
                                                        (String) r[11]),
                                        OfflineDevices.offset(r[12]),
                                        OfflineDevices.offset(r[13]),
                                        (String) r[14]))
                .toList();
    }
}
