package org.amtsplan.vehicleregistration.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amtsplan.platform.OptimisticFlush;

@ApplicationScoped
public class JpaDealerRepository implements DealerRepository {

    @PersistenceContext(unitName = "amtsplan")
    EntityManager em;

    @Override
    public Optional<Dealer> dealer(String id) {
        return Optional.ofNullable(em.find(Dealer.class, id));
    }

    @Override
    public boolean add(Dealer dealer) {
        return em.createNativeQuery(
                                "insert ignore into veh_dealer (id, name, daily_quota, created_at) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, dealer.id())
                        .setParameter(2, dealer.name())
                        .setParameter(3, dealer.dailyQuota())
                        .setParameter(4, new Timestamp(System.currentTimeMillis()))
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean takeQuota(String dealerId, LocalDate day, int dailyQuota) {
        // lock the day's row exclusively (created if missing), then take one item if any is left
        em.createNativeQuery(
                        "insert into veh_dealer_day (dealer_id, day, used) values (?1, ?2, 0) on duplicate key update used = used")
                .setParameter(1, dealerId)
                .setParameter(2, day)
                .executeUpdate();
        return em.createNativeQuery(
                                "update veh_dealer_day set used = used + 1 where dealer_id = ?1 and day = ?2 and used < ?3")
                        .setParameter(1, dealerId)
                        .setParameter(2, day)
                        .setParameter(3, dailyQuota)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void add(DealerBatch batch) {
        em.persist(batch);
        em.flush();
    }

    @Override
    public void add(BatchItem item) {
        em.persist(item);
    }

    @Override
    public Optional<DealerBatch> batch(long id) {
        return Optional.ofNullable(em.find(DealerBatch.class, id));
    }

    @Override
    public List<DealerBatch> batches(String dealerId, int limit) {
        return em.createQuery(
                        "select b from DealerBatch b where b.dealerId = :dealer order by b.submittedAt desc, b.id desc",
                        DealerBatch.class)
                .setParameter("dealer", dealerId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<BatchItem> items(long batchId) {
        return em.createQuery(
                        "select i from BatchItem i where i.batchId = :batch order by i.position",
                        BatchItem.class)
                .setParameter("batch", batchId)
                .getResultList();
    }

    @Override
    public Optional<BatchItem> item(long id) {
        return Optional.ofNullable(em.find(BatchItem.class, id));
    }

    @Override
    public List<BatchItem> openItemsDueBetween(LocalDate first, LocalDate last) {
        return em.createQuery(
                        "select i from BatchItem i where i.dueDate between :first and :last and i.status in :open order by i.dueDate, i.id",
                        BatchItem.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .setParameter("open", List.of(ItemStatus.SUBMITTED, ItemStatus.SCHEDULED))
                .getResultList();
    }

    @Override
    public List<BatchItem> openItemsDueBy(LocalDate day) {
        return em.createQuery(
                        "select i from BatchItem i where i.dueDate <= :day and i.status in :open order by i.dueDate, i.id",
                        BatchItem.class)
                .setParameter("day", day)
                .setParameter(
                        "open",
                        List.of(ItemStatus.SUBMITTED, ItemStatus.SCHEDULED, ItemStatus.IN_PROGRESS))
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public void flush() {
        OptimisticFlush.flush(em);
    }
}
