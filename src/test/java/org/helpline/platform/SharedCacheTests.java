package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

class SharedCacheTests {

    private final TransactionTemplate transactions = new TransactionTemplate(
            new DataSourceTransactionManager(new DriverManagerDataSource("jdbc:h2:mem:reference-cache", "sa", "")));

    private final AtomicLong now = new AtomicLong();
    /** What was sent to the other nodes: the cache's name and the key ("*" for every entry). */
    private final List<String> sent = new ArrayList<>();

    private final SharedCache<String, String> cache = new SharedCache<>(
            "test",
            Caffeine.newBuilder()
                    .maximumSize(3)
                    .expireAfterWrite(Duration.ofSeconds(5))
                    .ticker(now::get)
                    .executor(Runnable::run)
                    .<String, String>build(),
            (name, key) -> sent.add(name + " " + (key == null ? "*" : key)));

    /** The database stand-in: what a load reads, and how many loads there were. */
    private final AtomicInteger loads = new AtomicInteger();

    private volatile String stored = "v1";

    private String read() {
        return cache.get("a", key -> {
            loads.incrementAndGet();
            return stored;
        });
    }

    @Test
    void keepsWhatItReadForTheTimeToLive() {
        assertThat(read()).isEqualTo("v1");
        stored = "v2";
        now.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(read()).isEqualTo("v1");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(read()).isEqualTo("v2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void anEvictionOutsideATransactionIsSeenByTheNextRead() {
        read();
        stored = "v2";
        cache.evict("a");
        assertThat(read()).isEqualTo("v2");
        assertThat(sent).containsExactly("test a");
    }

    @Test
    void theChangingTransactionReadsAroundTheCacheAndOthersSeeTheChangeWhenItEnds() {
        read();
        transactions.executeWithoutResult(status -> {
            stored = "v2";
            cache.evict("a");
            assertThat(read()).isEqualTo("v2");
            assertThat(read()).isEqualTo("v2");
            assertThat(loads).hasValue(3);
            assertThat(sent).as("sent with the commit").isEmpty();
        });
        assertThat(sent).containsExactly("test a");
        assertThat(read()).isEqualTo("v2");
        assertThat(read()).isEqualTo("v2");
        assertThat(loads).hasValue(4);
    }

    @Test
    void whatTheChangingTransactionReadIsNotKeptWhenItRollsBack() {
        transactions.executeWithoutResult(status -> {
            stored = "uncommitted";
            cache.evict("a");
            read();
            stored = "v1";
            status.setRollbackOnly();
        });
        assertThat(read()).isEqualTo("v1");
        assertThat(sent).as("a change rolled back is not sent").isEmpty();
    }

    @Test
    void aLoadThatRacedWithAnEvictionIsNotKept() {
        var racing = cache.get("a", key -> {
            cache.evict("a");
            return "read before the change";
        });
        assertThat(racing).isEqualTo("read before the change");
        assertThat(read()).isEqualTo("v1");
    }

    @Test
    void nothingIsKeptForAMissingRow() {
        stored = null;
        assertThat(read()).isNull();
        stored = "created";
        assertThat(read()).isEqualTo("created");
    }

    @Test
    void evictAllForgetsEveryKey() {
        cache.get("a", key -> "a1");
        cache.get("b", key -> "b1");
        cache.evictAll();
        assertThat(cache.get("a", key -> "a2")).isEqualTo("a2");
        assertThat(cache.get("b", key -> "b2")).isEqualTo("b2");
        assertThat(sent).containsExactly("test *");
    }

    @Test
    void keepsNoMoreThanItsBound() {
        for (int i = 0; i < 10; i++) {
            cache.get("key " + i, key -> key);
        }
        var reloaded = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            cache.get("key " + i, key -> {
                reloaded.incrementAndGet();
                return key;
            });
        }
        assertThat(reloaded.get()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void whatAnotherNodeChangedIsForgottenHereWithoutBeingSentBack() {
        read();
        stored = "v2";
        cache.forget("a");
        assertThat(read()).isEqualTo("v2");
        cache.get("b", key -> "b1");
        cache.forget(null);
        assertThat(cache.get("b", key -> "b2")).isEqualTo("b2");
        assertThat(sent).isEmpty();
    }

    @Test
    void aTransactionThatDidNotChangeTheRowsReadsThroughTheCache() {
        read();
        transactions.executeWithoutResult(status -> assertThat(read()).isEqualTo("v1"));
        assertThat(loads).hasValue(1);
        assertThat(sent).isEmpty();
    }
}
