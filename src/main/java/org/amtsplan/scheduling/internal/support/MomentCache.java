package org.amtsplan.scheduling.internal.support;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values of the last moment: each is computed at most once per {@code millis} and dropped at once,
 * all together, by {@link #invalidate()}. Only for values that are advice or configuration and may
 * be a moment old when another instance changed them; never for seats or queues.
 */
public final class MomentCache {

    private static final int MAX_ENTRIES = 5_000;

    private record Entry(long generation, long expiresAtNanos, Object value) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long millis;

    public MomentCache(long millis) {
        this.millis = millis;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        if (millis <= 0) {
            return compute.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current && now < entry.expiresAtNanos()) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(current, now + millis * 1_000_000L, value));
        return value;
    }

    public void invalidate() {
        generation.incrementAndGet();
    }

    /**
     * Drops everything now and once more when the running transaction has ended: a value read
     * between the change and its commit (by this transaction itself or a concurrent one) would
     * otherwise be the old one, kept for a moment.
     */
    public void invalidate(TransactionSynchronizationRegistry transactions) {
        invalidate();
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(
                    new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                            // nothing before: the change is not visible to others yet
                        }

                        @Override
                        public void afterCompletion(int status) {
                            invalidate();
                        }
                    });
        }
    }
}
