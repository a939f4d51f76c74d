package org.amtsplan.vehicleregistration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where dealers, their batches, items and used quotas are kept. */
public interface DealerRepository {

    Optional<Dealer> dealer(String id);

    /** Stores a new dealer; false when the id is taken. */
    boolean add(Dealer dealer);

    /** Uses one item of the dealer's quota on that day; false when the day is full. */
    boolean takeQuota(String dealerId, LocalDate day, int dailyQuota);

    void add(DealerBatch batch);

    void add(BatchItem item);

    Optional<DealerBatch> batch(long id);

    /** The dealer's batches, newest first, at most {@code limit}. */
    List<DealerBatch> batches(String dealerId, int limit);

    List<BatchItem> items(long batchId);

    Optional<BatchItem> item(long id);

    /** Open items due on a day or earlier, oldest due first: the dealer counter's work list. */
    List<BatchItem> openItemsDueBy(LocalDate day);

    /** Items not yet done or returned whose due date lies between the two days (inclusive). */
    List<BatchItem> openItemsDueBetween(LocalDate first, LocalDate last);

    void flush();
}
