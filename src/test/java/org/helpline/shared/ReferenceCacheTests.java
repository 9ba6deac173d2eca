package org.helpline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

class ReferenceCacheTests {

    private final TransactionTemplate transactions = new TransactionTemplate(
            new DataSourceTransactionManager(new DriverManagerDataSource("jdbc:h2:mem:reference-cache", "sa", "")));

    private final AtomicLong now = new AtomicLong();
    private final ReferenceCache<String, String> cache = new ReferenceCache<>(Duration.ofSeconds(5), 3, now::get);

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
        });
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
}
