package org.amtsplan.scheduling.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.amtsplan.scheduling.api.UnitDescription;
import org.amtsplan.scheduling.api.Units;
import org.amtsplan.scheduling.internal.catalogue.UnitRulesService;
import org.amtsplan.scheduling.internal.support.CityTime;
import org.amtsplan.scheduling.spi.PersonalDataHolder;

/**
 * Erases citizens' names and contact data the unit's {@code retentionDays} after their appointment
 * or ticket; the rows, their times, services and outcomes stay, so the statistics keep their
 * counts. Each unit in its own transaction; running it twice (or on two instances) erases nothing
 * twice. Modules with personal data of their own ({@link PersonalDataHolder}) erase theirs in the
 * same run.
 */
@ApplicationScoped
class Retention {

    /** What one run erased. */
    public record Erased(long appointments, long tickets, long otherRecords) {}

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Units units;
    @Inject UnitRulesService rules;
    @Inject Clock clock;
    @Inject Retention self;
    @Inject Instance<PersonalDataHolder> holders;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Erased run() {
        long appointments = 0;
        long tickets = 0;
        long other = 0;
        for (UnitDescription unit : units.all()) {
            int days = rules.rules(unit.id()).retentionDays();
            Erased erased = self.eraseExpired(unit.id(), days);
            appointments += erased.appointments();
            tickets += erased.tickets();
            LocalDateTime before = CityTime.now(clock).minusDays(days);
            for (PersonalDataHolder holder : holders) {
                other += holder.eraseBefore(unit.id(), before);
            }
        }
        return new Erased(appointments, tickets, other);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Erased eraseExpired(String unitId, int retentionDays) {
        LocalDateTime before = CityTime.now(clock).minusDays(retentionDays);
        Timestamp now = Timestamp.from(clock.instant());
        int appointments =
                em.createNativeQuery(
                                "update sch_appointment set name = null, email = null, phone = null, anonymized_at = ?1"
                                        + " where unit_id = ?2 and ends_at < ?3 and anonymized_at is null"
                                        + " and status in ('COMPLETED', 'NO_SHOW', 'CANCELLED', 'CANCELLED_BY_OFFICE', 'REBOOKED', 'EXPIRED', 'BOOKED', 'RESERVED')")
                        .setParameter(1, now)
                        .setParameter(2, unitId)
                        .setParameter(3, before)
                        .executeUpdate();
        int tickets =
                em.createNativeQuery(
                                "update sch_ticket set name = null, phone = null, anonymized_at = ?1"
                                        + " where unit_id = ?2 and day < ?3 and anonymized_at is null and status in ('DONE', 'NO_SHOW', 'WAITING', 'PARKED')")
                        .setParameter(1, now)
                        .setParameter(2, unitId)
                        .setParameter(3, before.toLocalDate())
                        .executeUpdate();
        return new Erased(appointments, tickets, 0);
    }
}
