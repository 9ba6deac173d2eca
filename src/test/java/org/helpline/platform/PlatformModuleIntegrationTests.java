package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.helpline.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform module on its own: the application's statements send the deferred inserts first, and
 * a change evicts a shared cache's entry when its transaction commits.
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class PlatformModuleIntegrationTests {

    @Autowired
    DeferredInserts inserts;

    @Autowired
    Caches caches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theNextStatementSeesTheQueuedInserts() {
        jdbc.sql("create table module_probe (position int primary key, label varchar(20))")
                .update();

        var seen = transactions.execute(status -> inserts.together(() -> {
            inserts.insert(
                    "insert into module_probe (position, label) values (:position, :label)",
                    new MapSqlParameterSource("position", 1).addValue("label", "queued"));
            return jdbc.sql("select label from module_probe")
                    .query(String.class)
                    .list();
        }));

        assertThat(seen).containsExactly("queued");
        jdbc.sql("drop table module_probe").update();
    }

    @Test
    void aCommittedChangeEvictsTheSharedEntry() {
        SharedCache<String, Integer> cache = caches.shared("module-probe", 10);
        var loads = new AtomicInteger();

        assertThat(cache.get("key", key -> loads.incrementAndGet())).isEqualTo(1);
        assertThat(cache.get("key", key -> loads.incrementAndGet())).as("kept").isEqualTo(1);
        transactions.executeWithoutResult(status -> cache.evict("key"));

        assertThat(cache.get("key", key -> loads.incrementAndGet()))
                .as("read again")
                .isEqualTo(2);
    }
}
