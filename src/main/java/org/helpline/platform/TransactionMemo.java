package org.helpline.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values kept until the current transaction ends, so that a read of what this transaction has just
 * written, or already read, needs no round trip to the database. Outside a transaction nothing is
 * kept. The owner must {@link #forget} a key whenever it changes what the key stands for.
 *
 * <p>Not a Caffeine cache: its values belong to one transaction on one thread and go with it, so
 * they need neither a bound, nor expiry, nor concurrent access, nor eviction on other nodes; a
 * plain map bound to the transaction is all it takes.
 */
public final class TransactionMemo<K, V> {

    /** Identity of this memo among the resources bound to the thread. */
    private final Object resource = new Object();

    public Optional<V> get(K key) {
        var values = bound();
        return values == null ? Optional.empty() : Optional.ofNullable(values.get(key));
    }

    public void put(K key, V value) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        var values = bound();
        if (values == null) {
            values = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resource, values);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }
            });
        }
        values.put(key, value);
    }

    public void forget(K key) {
        var values = bound();
        if (values != null) {
            values.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> bound() {
        return (Map<K, V>) TransactionSynchronizationManager.getResource(resource);
    }
}
