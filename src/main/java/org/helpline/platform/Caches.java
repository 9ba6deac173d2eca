package org.helpline.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds every in-memory cache of the application, all of them Caffeine caches.
 *
 * <p>{@link #local} keeps values that follow from their key alone and never change. {@link #shared}
 * keeps rows that people change: on PostgreSQL an eviction is sent to the other nodes with
 * {@code pg_notify} in the writing transaction, which PostgreSQL delivers when it commits, and
 * {@link CacheListener} evicts what the other nodes send, so another node sees a change within
 * milliseconds. On H2 there is one node, and evictions stay local.
 */
@Component
public class Caches {

    /**
     * How long a shared entry is kept at most: a bound on a change that reached the database
     * around its owner (by hand, or by a migration), not on the changes the application makes.
     */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    static final String CHANNEL = "helpline_cache";

    private final Map<String, SharedCache<?, ?>> shared = new ConcurrentHashMap<>();
    private final String node = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final boolean acrossNodes;

    Caches(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.acrossNodes = CacheListener.onPostgres(environment);
    }

    /** A cache of at most {@code maxEntries} values that follow from their key alone. */
    public static <K, V> Cache<K, V> local(int maxEntries) {
        return Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    /** A cache named {@code name} (once per application) of rows that people change. */
    public <K, V> SharedCache<K, V> shared(String name, int maxEntries) {
        if (name.contains(" ")) {
            throw new IllegalArgumentException("A cache name has no spaces: " + name);
        }
        var cache = new SharedCache<K, V>(
                name,
                Caffeine.newBuilder()
                        .maximumSize(maxEntries)
                        .expireAfterWrite(TIME_TO_LIVE)
                        .build(),
                this::send);
        if (shared.putIfAbsent(name, cache) != null) {
            throw new IllegalStateException("Two caches are named " + name);
        }
        return cache;
    }

    boolean acrossNodes() {
        return acrossNodes;
    }

    /** Evicts what another node sent: its id, the cache's name and the key, if not every entry. */
    void received(String payload) {
        var parts = payload.split(" ", 3);
        if (parts.length < 2 || parts[0].equals(node)) {
            return;
        }
        var cache = shared.get(parts[1]);
        if (cache != null) {
            cache.forget(parts.length == 3 ? parts[2] : null);
        }
    }

    /** Forgets every shared entry on this node: the evictions sent meanwhile may have been missed. */
    void forgetAll() {
        shared.values().forEach(cache -> cache.forget(null));
    }

    private void send(String cache, String key) {
        if (!acrossNodes) {
            return;
        }
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", node + " " + cache + (key == null ? "" : " " + key))
                .query()
                .singleRow();
    }
}
