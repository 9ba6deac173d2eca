package org.helpline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.HelplineApplication;
import org.helpline.TestDatabase;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadlines survive a restart: clocks started on one node are breached after that node stopped, by
 * two nodes that start later on the same database, each exactly once.
 */
class SlaTimerRestartIntegrationTests {

    private static final int CLOCKS = 6;

    @Test
    void aRestartInTheMiddleOfPendingDeadlinesStillBreachesEachExactlyOnce() {
        var properties = databaseProperties();
        var requests = new ArrayList<UUID>();
        var tenants = new HashMap<UUID, UUID>();
        try (var first = start(properties)) {
            var sla = first.getBean(SlaManagement.class);
            var clock = first.getBean(Clock.class);
            var transactions = first.getBean(TransactionTemplate.class);
            for (int i = 0; i < CLOCKS; i++) {
                var requestId = UUID.randomUUID();
                var tenantId = UUID.randomUUID();
                var receivedAt = clock.instant().minus(Duration.ofMinutes(60)).plusSeconds(8 + i % 3);
                transactions.executeWithoutResult(status -> sla.start(new ClockStart(
                        requestId,
                        tenantId,
                        "cn",
                        RequestCategory.TECHNICAL,
                        Severity.A,
                        ZoneId.of("Asia/Shanghai"),
                        receivedAt)));
                requests.add(requestId);
                tenants.put(requestId, tenantId);
            }
            assertThat(breaches(first.getBean(JdbcClient.class), requests))
                    .as("none due before the restart")
                    .isZero();
        }
        try (var second = start(properties);
                var third = start(properties)) {
            var jdbc = second.getBean(JdbcClient.class);
            // Once every clock is breached none can be breached again: then the counts are final.
            await("every deadline was breached")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> breaches(jdbc, requests) >= CLOCKS
                            && requests.stream().allMatch(id -> audits(jdbc, tenants, id) > 0));

            for (var requestId : requests) {
                assertThat(timelineBreaches(jdbc, requestId))
                        .as("breaches of " + requestId)
                        .isEqualTo(1);
                assertThat(audits(jdbc, tenants, requestId))
                        .as("audit entries of " + requestId)
                        .isEqualTo(1);
            }
        }
    }

    /** A node of the application; command-line arguments outrank application.properties. */
    private static ConfigurableApplicationContext start(HashMap<String, Object> properties) {
        var arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(HelplineApplication.class).run(arguments);
    }

    private static HashMap<String, Object> databaseProperties() {
        var properties = new HashMap<String, Object>(TestDatabase.properties());
        var folder = Path.of("target", "sla-restart-" + UUID.randomUUID()).toAbsolutePath();
        if (!TestDatabase.onPostgres()) {
            properties.put(
                    "spring.datasource.url",
                    "jdbc:h2:file:" + folder.resolve("db")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        properties.put("helpline.knowledge.index-dir", folder.resolve("index").toString());
        properties.put("server.port", "0");
        properties.put("helpline.demo-data", "true");
        properties.put("helpline.demo.history-days", "0");
        properties.put("db-scheduler.polling-interval", "1s");
        return properties;
    }

    private static long breaches(JdbcClient jdbc, List<UUID> requests) {
        return requests.stream().mapToLong(id -> timelineBreaches(jdbc, id)).sum();
    }

    private static long timelineBreaches(JdbcClient jdbc, UUID requestId) {
        return jdbc.sql("select count(*) from sla_timeline where request_id = :id and event = 'BREACHED'")
                .param("id", requestId)
                .query(Long.class)
                .single();
    }

    /** The breach's audit entry names no request, so each clock has a tenant of its own to find it by. */
    private static long audits(JdbcClient jdbc, Map<UUID, UUID> tenants, UUID requestId) {
        return jdbc.sql("select count(*) from audit_event where action = 'sla.clock-breached' and tenant_id = :tenant")
                .param("tenant", tenants.get(requestId))
                .query(Long.class)
                .single();
    }
}
