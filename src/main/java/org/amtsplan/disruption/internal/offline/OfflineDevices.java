package org.amtsplan.disruption.internal.offline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.amtsplan.platform.CityClock;
import org.amtsplan.platform.JsonObjects;
import org.amtsplan.platform.ProblemException;
import org.amtsplan.platform.RetriedOnConflict;
import org.amtsplan.scheduling.api.NumberBlock;
import org.amtsplan.scheduling.api.OfflineCounter;

/** Devices running the clerk's page offline, each with its block of walk-in numbers. */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class OfflineDevices {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N} .,:/#()_+-]{1,80}");

    @Inject OfflineCounter counter;
    @Inject Clock clock;

    /** A device as the API shows it. */
    public record Device(
            String id,
            String name,
            String unit,
            String location,
            String ticketPrefix,
            Numbers numbers,
            OffsetDateTime registeredAt,
            String registeredBy,
            OffsetDateTime revokedAt) {

        boolean revokedBefore(Instant at) {
            return revokedAt != null && !at.isBefore(revokedAt.toInstant());
        }
    }

    public record Numbers(int from, int to) {}

    public record Register(String name) {}

    public Device register(String unit, String location, Register command, String by) {
        String name = command == null || command.name() == null ? "" : command.name().strip();
        // a label to tell the devices apart on a list, not free text
        if (!NAME.matcher(name).matches()) {
            throw ProblemException.invalid("name", "disruption.offline.deviceName");
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        NumberBlock block = counter.reserveNumbers(unit, location, id);
        em.createNativeQuery(
                        "insert into dis_offline_device (id, name, unit_id, location_id, registered_at, registered_by)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id)
                .setParameter(2, name)
                .setParameter(3, unit)
                .setParameter(4, location)
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, by)
                .executeUpdate();
        return find(id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Device> list(String unit, String location) {
        List<?> ids =
                em.createNativeQuery(
                                "select id from dis_offline_device where unit_id = ?1 and location_id = ?2 order by registered_at, id")
                        .setParameter(1, unit)
                        .setParameter(2, location)
                        .getResultList();
        return ids.stream().map(id -> find((String) id).orElseThrow()).toList();
    }

    /** Revokes a device: it keeps its numbers (never handed out again), but issues no more. */
    public void revoke(String id) {
        Instant now = clock.instant();
        Device device =
                find(id).orElseThrow(() -> ProblemException.notFound("identity.noSuchThing"));
        if (device.revokedAt() != null) {
            return;
        }
        em.createNativeQuery("update dis_offline_device set revoked_at = ?2 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
        counter.revokeNumbers(id, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Device> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        List<?> rows =
                em.createNativeQuery(
                                "select id, name, unit_id, location_id, registered_at, registered_by, revoked_at"
                                        + " from dis_offline_device where id = ?1")
                        .setParameter(1, id)
                        .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        NumberBlock block = counter.numbersOf(id).orElseThrow();
        return Optional.of(
                new Device(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        block.ticketPrefix(),
                        new Numbers(block.from(), block.to()),
                        offset(r[4]),
                        (String) r[5],
                        offset(r[6])));
    }

    /** An action as received, as JSON members; none when it is no JSON object (or not kept). */
    static Map<String, Object> asReceived(String payload) {
        if (payload == null) {
            return null;
        }
        try (var reader = JsonObjects.reader(new StringReader(payload))) {
            return new TreeMap<>(reader.readObject());
        } catch (RuntimeException notAnObject) {
            // kept as received in the ledger; nothing of it to show
            return null;
        }
    }

    /** The device's block of numbers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NumberBlock numbers(String id) {
        return counter.numbersOf(id).orElseThrow();
    }

    static OffsetDateTime offset(Object value) {
        if (value == null) {
            return null;
        }
        // the driver hands timestamps as java.sql.Timestamp, in the connection's time zone
        Instant instant =
                value instanceof Instant i
                        ? i
                        : value instanceof java.time.LocalDateTime local
                                ? Timestamp.valueOf(local).toInstant()
                                : ((Timestamp) value).toInstant();
        return instant.atZone(CityClock.zone()).toOffsetDateTime();
    }
}
