package org.amtsplan.scheduling.internal.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amtsplan.platform.OptimisticFlush;
import org.amtsplan.scheduling.api.AppointmentStatus;

@ApplicationScoped
class JpaAppointmentRepository implements AppointmentRepository {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public Optional<Appointment> byCode(String code) {
        // COMMIT: callers flush before they look an appointment up again (events fire after a
        // flush), and
        // a pre-query flush of a large transaction (a disruption) costs time per managed entity
        return em.createQuery("select a from Appointment a where a.code = :code", Appointment.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Appointment> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Appointment> found =
                AppointmentFetch.withServices(
                                em.createQuery(
                                        "select a from Appointment a where a.code in :codes",
                                        Appointment.class))
                        .setParameter("codes", codes)
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(Appointment::code, a -> a));
        return codes.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<Appointment> byId(long id) {
        return Optional.ofNullable(em.find(Appointment.class, id));
    }

    @Override
    public boolean codeTaken(String code) {
        return !em.createNativeQuery("select 1 from sch_appointment where code = ?1")
                .setParameter(1, code)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(Appointment appointment) {
        em.persist(appointment);
        em.flush();
    }

    @Override
    public void flush() {
        OptimisticFlush.flush(em);
    }

    private static final int HISTORY_ROWS_PER_INSERT = 500;

    @Override
    public void record(AppointmentHistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public int markCancelledByOffice(List<Long> ids, String disruptionId) {
        int changed = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            String placeholders =
                    java.util.stream.IntStream.rangeClosed(2, chunk.size() + 1)
                            .mapToObj(i -> "?" + i)
                            .collect(Collectors.joining(", "));
            Query update =
                    em.createNativeQuery(
                                    "update sch_appointment set status = 'CANCELLED_BY_OFFICE', disruption_id = ?1,"
                                            + " expires_at = null, version = version + 1 where status in ('RESERVED', 'BOOKED', 'CHECKED_IN')"
                                            + " and id in ("
                                            + placeholders
                                            + ")")
                            .setFlushMode(FlushModeType.COMMIT)
                            .setParameter(1, disruptionId);
            for (int i = 0; i < chunk.size(); i++) {
                update.setParameter(i + 2, chunk.get(i));
            }
            changed += update.executeUpdate();
        }
        return changed;
    }

    @Override
    public void recordAll(List<AppointmentHistoryEntry> entries) {
        // IDENTITY keys keep EclipseLink from batching persist(); the history needs no ids back
        for (int from = 0; from < entries.size(); from += HISTORY_ROWS_PER_INSERT) {
            List<AppointmentHistoryEntry> chunk =
                    entries.subList(from, Math.min(entries.size(), from + HISTORY_ROWS_PER_INSERT));
            StringBuilder sql =
                    new StringBuilder(
                            "insert into sch_appointment_history (appointment_id, at, from_status, to_status, actor, detail_key, detail_args) values ");
            for (int i = 0; i < chunk.size(); i++) {
                int p = i * 7;
                sql.append(i == 0 ? "" : ", ")
                        .append("(?")
                        .append(p + 1)
                        .append(", ?")
                        .append(p + 2)
                        .append(", ?")
                        .append(p + 3)
                        .append(", ?")
                        .append(p + 4)
                        .append(", ?")
                        .append(p + 5)
                        .append(", ?")
                        .append(p + 6)
                        .append(", ?")
                        .append(p + 7)
                        .append(')');
            }
            Query insert = em.createNativeQuery(sql.toString()).setFlushMode(FlushModeType.COMMIT);
            for (int i = 0; i < chunk.size(); i++) {
                AppointmentHistoryEntry entry = chunk.get(i);
                int p = i * 7;
                insert.setParameter(p + 1, entry.appointmentId())
                        .setParameter(p + 2, Timestamp.from(entry.at()))
                        .setParameter(
                                p + 3,
                                entry.fromStatus() == null ? null : entry.fromStatus().name())
                        .setParameter(p + 4, entry.toStatus().name())
                        .setParameter(p + 5, entry.actor())
                        .setParameter(p + 6, entry.detailKey())
                        .setParameter(p + 7, entry.detailArguments());
            }
            insert.executeUpdate();
        }
    }

    @Override
    public List<AppointmentHistoryEntry> history(long appointmentId) {
        return em.createQuery(
                        "select h from AppointmentHistoryEntry h where h.appointmentId = :id order by h.at, h.id",
                        AppointmentHistoryEntry.class)
                .setParameter("id", appointmentId)
                .getResultList();
    }

    @Override
    public void guardContact(String email, String phone) {
        java.util.SortedSet<Integer> buckets = new java.util.TreeSet<>();
        if (email != null) {
            buckets.add(guardBucket("email:" + email));
        }
        if (phone != null) {
            buckets.add(guardBucket("phone:" + phone));
        }
        if (buckets.isEmpty()) {
            return;
        }
        // one statement, rows in ascending order: two bookings sharing both buckets lock them in
        // the same order and cannot deadlock each other on one node
        String rows = buckets.stream().map(b -> "(" + b + ", 1)").collect(Collectors.joining(", "));
        em.createNativeQuery(
                        "insert into sch_contact_guard (bucket, bookings) values "
                                + rows
                                + " on duplicate key update bookings = bookings + 1")
                .executeUpdate();
    }

    /** One of 2^20 buckets of the contact's SHA-256: stores no contact, bounds the table. */
    static int guardBucket(String contact) {
        try {
            byte[] hash =
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(contact.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return ((hash[0] & 0xff) << 12) | ((hash[1] & 0xff) << 4) | ((hash[2] & 0xf0) >>> 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public long openAppointments(
            String unitId, String email, String phone, LocalDateTime now, String exceptCode) {
        if (email == null && phone == null) {
            return 0;
        }
        return em.createQuery(
                        "select count(a) from Appointment a where a.unitId = :unit and a.status in :open"
                                + " and a.startsAt > :now and a.code <> :except"
                                + " and (a.email = :email or a.phone = :phone)",
                        Long.class)
                .setParameter("unit", unitId)
                .setParameter("open", AppointmentStatus.OPEN)
                .setParameter("now", now)
                .setParameter("except", exceptCode == null ? "" : exceptCode)
                .setParameter("email", email == null ? "\u0000" : email)
                .setParameter("phone", phone == null ? "\u0000" : phone)
                .getSingleResult();
    }

    @Override
    public List<Long> expired(Instant now, int limit) {
        return em.createQuery(
                        "select a.id from Appointment a where a.status in :waiting and a.expiresAt <= :now"
                                + " order by a.expiresAt",
                        Long.class)
                .setParameter(
                        "waiting", List.of(AppointmentStatus.HELD, AppointmentStatus.RESERVED))
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claimIdempotencyKey(IdempotencyKey key, String appointmentCode, Instant now) {
        return em.createNativeQuery(
                                "insert ignore into sch_idempotency (scope, caller, idem_key, body_hash, appointment_code, created_at)"
                                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, key.scope())
                        .setParameter(2, key.caller())
                        .setParameter(3, key.key())
                        .setParameter(4, key.bodyHash())
                        .setParameter(5, appointmentCode)
                        .setParameter(6, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }

    @Override
    public Optional<IdempotencyKey.Use> idempotencyKeyUse(IdempotencyKey key) {
        List<?> rows =
                em.createNativeQuery(
                                "select body_hash, appointment_code, appointment_id from sch_idempotency where scope = ?1 and caller = ?2 and idem_key = ?3")
                        .setParameter(1, key.scope())
                        .setParameter(2, key.caller())
                        .setParameter(3, key.key())
                        .getResultList();
        return rows.stream()
                .findFirst()
                .map(
                        row -> {
                            Object[] columns = (Object[]) row;
                            return new IdempotencyKey.Use(
                                    (String) columns[0],
                                    Optional.ofNullable((String) columns[1]),
                                    Optional.ofNullable((Number) columns[2])
                                            .map(Number::longValue));
                        });
    }
}
