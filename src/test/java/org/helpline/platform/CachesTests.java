package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

class CachesTests {

    private final Caches caches = new Caches(
            JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:caches", "sa", "")),
            new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:caches"));

    private final SharedCache<String, String> tenants = caches.shared("tenancy.tenants", 10);
    private final AtomicInteger loads = new AtomicInteger();

    private String read(String key) {
        return tenants.get(key, found -> {
            loads.incrementAndGet();
            return found + " " + loads.get();
        });
    }

    @Test
    void onH2EvictionsStayOnThisNode() {
        assertThat(caches.acrossNodes()).isFalse();
        read("a");
        tenants.evict("a");
        assertThat(read("a")).isEqualTo("a 2");
    }

    @Test
    void anEvictionFromAnotherNodeForgetsItsKeyOnly() {
        read("a");
        read("b");

        caches.received("other-node tenancy.tenants a");

        assertThat(read("a")).isEqualTo("a 3");
        assertThat(read("b")).isEqualTo("b 2");
    }

    @Test
    void anEvictionOfEveryEntryFromAnotherNodeForgetsThemAll() {
        read("a");
        read("b");

        caches.received("other-node tenancy.tenants");

        assertThat(read("a")).isEqualTo("a 3");
        assertThat(read("b")).isEqualTo("b 4");
    }

    @Test
    void anEvictionForAnotherCacheOrUnreadableIsIgnored() {
        read("a");

        caches.received("other-node sla.policies a");
        caches.received("garbled");

        assertThat(read("a")).isEqualTo("a 1");
    }

    @Test
    void afterAReconnectEveryEntryIsReadAgain() {
        read("a");

        caches.forgetAll();

        assertThat(read("a")).isEqualTo("a 2");
    }

    @Test
    void aNameIsUsedOnceAndHasNoSpaces() {
        assertThatThrownBy(() -> caches.shared("tenancy.tenants", 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> caches.shared("two words", 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
