package org.helpline.platform;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows that nearly every request reads and people rarely change (a tenant, an organisation's SLA
 * policies, an API token, a principal), kept in memory on each node by the repository that owns
 * them. Built by {@link Caches#shared}.
 *
 * <p>The owner calls {@link #evict} or {@link #evictAll} with each write, in the writing
 * transaction. Until that transaction ends it reads around the cache (it sees its own writes, and
 * nothing it has not committed is kept); when it ends the entry goes again, and the other nodes
 * are told when it commits (see {@link Caches}). A load that raced with an eviction is not kept.
 *
 * <p>Keys are told apart by their {@code toString()}, which is what the other nodes are sent: use
 * strings, UUIDs or records of them.
 */
public final class SharedCache<K, V> {

    /** Sends an eviction to the other nodes; a null key stands for every entry. */
    @FunctionalInterface
    interface Invalidations {
        void send(String cache, String key);
    }

    private final String name;
    private final Cache<String, V> entries;
    private final Invalidations invalidations;
    /** Moves on with every eviction, so that a load which started before one is not kept. */
    private final AtomicLong evictions = new AtomicLong();
    /** Identity of this cache among the resources bound to a transaction that changed its rows. */
    private final Object changedInTransaction = new Object();

    SharedCache(String name, Cache<String, V> entries, Invalidations invalidations) {
        this.name = name;
        this.entries = entries;
        this.invalidations = invalidations;
    }

    /** The value kept for {@code key}, else what {@code loader} reads (kept unless null). */
    public V get(K key, Function<? super K, ? extends V> loader) {
        if (TransactionSynchronizationManager.hasResource(changedInTransaction)) {
            return loader.apply(key);
        }
        var text = key.toString();
        var kept = entries.getIfPresent(text);
        if (kept != null) {
            return kept;
        }
        long evictionsBefore = evictions.get();
        V value = loader.apply(key);
        if (value == null) {
            return null;
        }
        entries.put(text, value);
        if (evictions.get() != evictionsBefore) {
            entries.asMap().remove(text, value);
        }
        return value;
    }

    /** Forgets {@code key} on every node; call it with each change of the row. */
    public void evict(K key) {
        forgetEverywhere(key.toString());
    }

    /** Forgets every entry on every node. */
    public void evictAll() {
        forgetEverywhere(null);
    }

    String name() {
        return name;
    }

    /** Forgets {@code key} (null: every entry) on this node only: another node changed it. */
    void forget(String key) {
        evictions.incrementAndGet();
        if (key == null) {
            entries.invalidateAll();
        } else {
            entries.invalidate(key);
        }
    }

    private void forgetEverywhere(String key) {
        forget(key);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            invalidations.send(name, key);
            return;
        }
        @SuppressWarnings("unchecked")
        var changed = (Set<String>) TransactionSynchronizationManager.getResource(changedInTransaction);
        if (changed == null) {
            changed = new HashSet<>();
            TransactionSynchronizationManager.bindResource(changedInTransaction, changed);
            TransactionSynchronizationManager.registerSynchronization(
                    new Changed(changed, TransactionSynchronizationManager.isActualTransactionActive()));
        }
        changed.add(key);
    }

    /**
     * The keys a transaction changed. In a database transaction they are sent before it commits, so
     * that PostgreSQL delivers them when, and only if, it commits; without one (each statement
     * committed by itself), after the statements.
     */
    private final class Changed implements TransactionSynchronization {

        private final Set<String> keys;
        private final boolean inDatabaseTransaction;

        Changed(Set<String> keys, boolean inDatabaseTransaction) {
            this.keys = keys;
            this.inDatabaseTransaction = inDatabaseTransaction;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (inDatabaseTransaction) {
                keys.forEach(key -> invalidations.send(name, key));
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(changedInTransaction);
            keys.forEach(SharedCache.this::forget);
            if (!inDatabaseTransaction && status == STATUS_COMMITTED) {
                keys.forEach(key -> invalidations.send(name, key));
            }
        }
    }
}
