package org.helpline.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that follow from their key alone and never change (an issue's words, a phone number's
 * E.164 form), kept so that a hot path computes each once. When {@code maxEntries} are kept, all
 * are forgotten at once: a memo that only grows must not outgrow the heap. For rows that people
 * change, see {@link ReferenceCache}.
 */
public final class BoundedMemo<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int maxEntries;

    public BoundedMemo(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value kept for {@code key}, else what {@code compute} answers (never null), kept. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        var kept = values.get(key);
        if (kept != null) {
            return kept;
        }
        V computed = compute.apply(key);
        if (values.size() >= maxEntries) {
            values.clear();
        }
        values.put(key, computed);
        return computed;
    }
}
