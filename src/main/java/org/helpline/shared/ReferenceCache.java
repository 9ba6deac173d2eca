package org.helpline.shared;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows that nearly every request reads and people rarely change (a tenant, an organisation's SLA
 * policies, its active service issues, an API token), kept in memory for a short time, so that a
 * busy node does not ask the database for them on every request.
 *
 * <p>A change made on this node is seen at once: its owner calls {@link #evict} with the write, in
 * the writing transaction (or after the write when there is none). From then until that transaction
 * ends, the transaction reads around the cache (it sees its own writes, and nothing it has not
 * committed is kept), and when it ends the entry goes. A load that raced with an eviction is not
 * kept. A change made on another node is seen within the time to live.
 */
public final class ReferenceCache<K, V> {

    /** How long another node's change may go unseen. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    private record Entry<V>(V value, long loadedAt) {}

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long timeToLive;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    /** Moves on with every eviction, so that a load which started before one is not kept. */
    private final AtomicLong evictions = new AtomicLong();
    /** Identity of this cache among the resources bound to a transaction that changed its rows. */
    private final Object changedInTransaction = new Object();

    public ReferenceCache(int maxEntries) {
        this(TIME_TO_LIVE, maxEntries, System::nanoTime);
    }

    ReferenceCache(Duration timeToLive, int maxEntries, LongSupplier nanoTime) {
        this.timeToLive = timeToLive.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** The value kept for {@code key} if it is fresh, else what {@code loader} reads (kept unless null). */
    public V get(K key, Function<K, V> loader) {
        if (TransactionSynchronizationManager.hasResource(changedInTransaction)) {
            return loader.apply(key);
        }
        long now = nanoTime.getAsLong();
        var kept = entries.get(key);
        if (kept != null && now - kept.loadedAt() < timeToLive) {
            return kept.value();
        }
        long evictionsBefore = evictions.get();
        var value = loader.apply(key);
        if (value == null) {
            return null;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        var entry = new Entry<>(value, now);
        entries.put(key, entry);
        if (evictions.get() != evictionsBefore) {
            entries.remove(key, entry);
        }
        return value;
    }

    /** Forgets {@code key} now and when the current transaction ends; call it with each change of the row. */
    public void evict(K key) {
        forgetWithTransaction(Objects.requireNonNull(key));
    }

    /** Forgets every entry, now and when the current transaction ends. */
    public void evictAll() {
        forgetWithTransaction(null);
    }

    /** {@code key} null stands for every entry. */
    private void forgetWithTransaction(K key) {
        forget(key);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        var changed = (Set<K>) TransactionSynchronizationManager.getResource(changedInTransaction);
        if (changed == null) {
            var keys = new HashSet<K>();
            changed = keys;
            TransactionSynchronizationManager.bindResource(changedInTransaction, keys);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(changedInTransaction);
                    keys.forEach(ReferenceCache.this::forget);
                }
            });
        }
        changed.add(key);
    }

    private void forget(K key) {
        evictions.incrementAndGet();
        if (key == null) {
            entries.clear();
        } else {
            entries.remove(key);
        }
    }
}
