package org.amtsplan.immigration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The places of the consultation days: walk-ins within the quota, and referrals to a later day.
 * Every place is taken by a conditional UPDATE on the day's row, so the quota holds across
 * concurrent walk-ins and instances.
 */
@ApplicationScoped
public class ConsultationDays {

    /** How far ahead a referral may go when every consultation day is full. */
    static final int MAX_DAYS_AHEAD = 60;

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Inject Clock clock;

    /** Takes a walk-in place of today within the quota, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeWalkInPlace(String locationId, LocalDate day, int quota) {
        lockDay(locationId, day);
        return em.createNativeQuery(
                                "update imm_consultation_day set walk_ins = walk_ins + 1 where location_id = ?1 and day = ?2"
                                        + " and walk_ins + referrals < ?3")
                        .setParameter(1, locationId)
                        .setParameter(2, day)
                        .setParameter(3, quota)
                        .executeUpdate()
                == 1;
    }

    /**
     * Reserves a place on the next consultation day with room, in a transaction of its own: the
     * referral stands even though the walk-in that caused it gets no ticket today.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Referral> refer(
            String locationId,
            LocalDate after,
            List<java.time.DayOfWeek> consultationDays,
            int quota,
            String service,
            String name,
            String phone) {
        LocalDate day = after;
        for (int i = 0; i < MAX_DAYS_AHEAD; i++) {
            day = day.plusDays(1);
            if (!consultationDays.contains(day.getDayOfWeek())) {
                continue;
            }
            lockDay(locationId, day);
            int taken =
                    em.createNativeQuery(
                                    "update imm_consultation_day set referrals = last_insert_id(referrals + 1) where location_id = ?1"
                                            + " and day = ?2 and walk_ins + referrals < ?3")
                            .setParameter(1, locationId)
                            .setParameter(2, day)
                            .setParameter(3, quota)
                            .executeUpdate();
            if (taken == 1) {
                int sequence =
                        ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult())
                                .intValue();
                String number = String.format("R%03d", sequence);
                em.createNativeQuery(
                                "insert into imm_referral (location_id, day, number, service_code, name, phone, issued_at)"
                                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, locationId)
                        .setParameter(2, day)
                        .setParameter(3, number)
                        .setParameter(4, service)
                        .setParameter(5, name)
                        .setParameter(6, phone)
                        .setParameter(7, Timestamp.from(clock.instant()))
                        .executeUpdate();
                return Optional.of(new Referral(day, number));
            }
        }
        return Optional.empty();
    }

    /** Marks today's referral as used; its service, or empty when there is no open one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> redeem(String locationId, LocalDate day, String number) {
        // the conditional UPDATE decides, not a locking read: of two redemptions on one node the
        // second changes nothing; on two Galera nodes the second fails certification and, run
        // again, changes nothing
        int redeemed =
                em.createNativeQuery(
                                "update imm_referral set redeemed_at = ?1 where location_id = ?2 and day = ?3 and number = ?4"
                                        + " and redeemed_at is null")
                        .setParameter(1, Timestamp.from(clock.instant()))
                        .setParameter(2, locationId)
                        .setParameter(3, day)
                        .setParameter(4, number)
                        .executeUpdate();
        if (redeemed == 0) {
            return Optional.empty();
        }
        List<?> service =
                em.createNativeQuery(
                                "select service_code from imm_referral where location_id = ?1 and day = ?2 and number = ?3")
                        .setParameter(1, locationId)
                        .setParameter(2, day)
                        .setParameter(3, number)
                        .getResultList();
        return service.stream().map(String.class::cast).findFirst();
    }

    /** A reserved place on a later consultation day. */
    public record Referral(LocalDate date, String number) {}

    private void lockDay(String locationId, LocalDate day) {
        em.createNativeQuery(
                        "insert into imm_consultation_day (location_id, day, walk_ins, referrals) values (?1, ?2, 0, 0)"
                                + " on duplicate key update walk_ins = walk_ins")
                .setParameter(1, locationId)
                .setParameter(2, day)
                .executeUpdate();
    }
}
