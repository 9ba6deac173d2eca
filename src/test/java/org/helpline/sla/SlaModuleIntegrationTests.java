package org.helpline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.audit.TenantDirectory;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.SlaTimers;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sla module with the audit trail and the platform it writes through, the tenant directory replaced: a started
 * clock whose timer passes its deadline publishes the breach, once.
 */
@ApplicationModuleTest(extraIncludes = {"audit", "platform"})
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class SlaModuleIntegrationTests {

    private static final Instant RECEIVED = Instant.parse("2026-03-07T01:00:00Z");

    @MockitoBean
    TenantManagement tenancy;

    @MockitoBean
    TenantDirectory tenantDirectory;

    @Autowired
    SlaManagement sla;

    @Autowired
    SlaTimers timers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTimerPastItsDeadlinePublishesTheBreachOnce(Scenario scenario) {
        var requestId = UUID.randomUUID();
        var tenantId = UUID.randomUUID();
        var deadlines = transactions.execute(status -> sla.start(new ClockStart(
                requestId,
                tenantId,
                "cn",
                RequestCategory.TECHNICAL,
                Severity.A,
                ZoneId.of("Asia/Shanghai"),
                RECEIVED)));
        var clockId = jdbc.sql("select id from sla_clock where request_id = :id and kind = 'FIRST_RESPONSE'")
                .param("id", requestId)
                .query(UUID.class)
                .single();

        scenario.stimulate(() -> transactions.execute(status -> timers.fire(clockId, RECEIVED.plusSeconds(3600))))
                .andWaitForEventOfType(SlaBreached.class)
                .matching(breach -> breach.requestId().equals(requestId))
                .toArriveAndVerify((breach, fired) -> {
                    assertThat(fired).isTrue();
                    assertThat(breach)
                            .isEqualTo(new SlaBreached(
                                    requestId,
                                    tenantId,
                                    "cn",
                                    ClockKind.FIRST_RESPONSE,
                                    deadlines.firstResponseDue(),
                                    RECEIVED.plusSeconds(3600)));
                });
        Boolean firedAgain = transactions.execute(status -> timers.fire(clockId, RECEIVED.plusSeconds(3700)));
        assertThat(firedAgain).as("a breached clock fires no more").isFalse();
        assertThat(sla.state(requestId, RECEIVED.plusSeconds(3700))
                        .clocks()
                        .get(0)
                        .state())
                .isEqualTo(ClockState.BREACHED);
    }
}
