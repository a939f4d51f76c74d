package org.amtsplan.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

@ApplicationScoped
public class JpaStaffAccountRepository implements StaffAccountRepository {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public Optional<StaffAccount> find(String username) {
        return Optional.ofNullable(em.find(StaffAccount.class, username));
    }

    @Override
    public boolean add(StaffAccount account) {
        // INSERT IGNORE: two instances creating the first admin at once must not fail their start
        return em.createNativeQuery(
                                "insert ignore into idn_staff_account (username, password_hash, roles, units,"
                                        + " created_at, dealer_id) values (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, account.username())
                        .setParameter(2, account.passwordHash())
                        .setParameter(3, String.join(",", new TreeSet<>(account.roles())))
                        .setParameter(4, String.join(",", new TreeSet<>(account.units())))
                        .setParameter(5, Timestamp.from(account.createdAt()))
                        .setParameter(6, account.dealerId())
                        .executeUpdate()
                == 1;
    }

    @Override
    public java.util.List<StaffAccount> all() {
        return em.createQuery(
                        "select a from StaffAccount a order by a.username", StaffAccount.class)
                .getResultList();
    }

    @Override
    public boolean remove(String username) {
        return em.createQuery("delete from StaffAccount a where a.username = :username")
                        .setParameter("username", username)
                        .executeUpdate()
                == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failedLogin(String username, int maxFailures, Instant lockUntil) {
        // one statement: failures counted on two instances at once are all counted. MariaDB assigns
        // left
        // to right and a later assignment sees the earlier one's new value, so the lock is decided
        // first,
        // on the count before this failure: the maxFailures-th failure locks, not the one before it
        em.createNativeQuery(
                        "update idn_staff_account set"
                                + " locked_until = case when failed_logins + 1 >= ?2 then ?3 else locked_until end,"
                                + " failed_logins = failed_logins + 1 where username = ?1")
                .setParameter(1, username)
                .setParameter(2, maxFailures)
                .setParameter(3, Timestamp.from(lockUntil))
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clearFailedLogins(String username) {
        em.createNativeQuery(
                        "update idn_staff_account set failed_logins = 0, locked_until = null where username = ?1")
                .setParameter(1, username)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clearFailedLoginsUnlessLocked(String username, Instant now) {
        em.createNativeQuery(
                        "update idn_staff_account set failed_logins = 0"
                                + " where username = ?1 and (locked_until is null or locked_until <= ?2)")
                .setParameter(1, username)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean unlockedAt(String username, Instant now) {
        Number unlocked =
                (Number)
                        em.createNativeQuery(
                                        "select count(*) from idn_staff_account"
                                                + " where username = ?1 and (locked_until is null or locked_until <= ?2)")
                                .setParameter(1, username)
                                .setParameter(2, Timestamp.from(now))
                                .getSingleResult();
        return unlocked.intValue() == 1;
    }
}
