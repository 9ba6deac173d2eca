package org.helpline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.SlaTimers;
import org.helpline.tenancy.Contract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@HelplineIntegrationTest
@RecordApplicationEvents
class SlaClocksIntegrationTests {

    private static final Instant SATURDAY_NIGHT = Instant.parse("2026-03-07T15:30:00Z");

    @Autowired
    SlaManagement sla;

    @Autowired
    SlaTimers timers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    private ClockedRequest request;
    private UUID requestId;
    private UUID tenantId;

    @BeforeEach
    void newRequest() {
        request = new ClockedRequest(sla, transactions);
        requestId = request.id();
        tenantId = request.tenantId();
    }

    @Test
    void r20_allowedSeveritiesFollowTheContractAndThePolicyTable() {
        assertThat(sla.allowedSeverities("cn", RequestCategory.TECHNICAL, Contract.ADVANCED))
                .containsExactly(Severity.A, Severity.B, Severity.C);
        assertThat(sla.allowedSeverities("cn", RequestCategory.TECHNICAL, Contract.STANDARD))
                .containsExactly(Severity.B, Severity.C);
        assertThat(sla.allowedSeverities("global", RequestCategory.BILLING, Contract.ADVANCED))
                .containsExactly(Severity.B, Severity.C);
        assertThat(sla.allowedSeverities("global", RequestCategory.ADVISORY, Contract.STANDARD))
                .isEmpty();
        assertThat(sla.allowedSeverities("global", RequestCategory.ADVISORY, Contract.SMALL_BUSINESS_ASSIST))
                .containsExactly(Severity.B, Severity.C);
    }

    @Test
    void r21_startingAClockGivesTheCalendarDeadlineAndATimelineEntry() {
        var deadlines = request.start(RequestCategory.TECHNICAL, Severity.B, SATURDAY_NIGHT);

        var atRisk = Instant.parse("2026-03-08T11:45:00Z"); // 3h45 (a quarter of 15 h) of business time before
        assertThat(deadlines).isEqualTo(new Deadlines(Instant.parse("2026-03-08T15:30:00Z"), null, atRisk));
        var state = sla.state(requestId, SATURDAY_NIGHT);
        assertThat(state.clocks()).singleElement().satisfies(clock -> {
            assertThat(clock.atRisk()).isEqualTo(atRisk);
            assertThat(clock.kind()).isEqualTo(ClockKind.FIRST_RESPONSE);
            assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
            assertThat(clock.target()).isEqualTo(Duration.ofHours(15));
            assertThat(clock.remaining()).isEqualTo(Duration.ofHours(15));
        });
        assertThat(state.timeline()).extracting(TimelineEntry::event).containsExactly("STARTED");
        assertThat(state.timeline().get(0).detail()).contains("Asia/Shanghai");
    }

    @Test
    void r17_severityAStartsTheUpdateClockAfterTheFirstResponseAndPausesItWhileWaitingForTheCustomer() {
        var received = Instant.parse("2026-03-07T01:00:00Z");
        request.start(RequestCategory.TECHNICAL, Severity.A, received);

        var afterReply = request.inTransaction(() -> sla.firstResponseGiven(requestId, received.plusSeconds(600)));
        var waiting = request.inTransaction(() -> sla.awaitingCustomer(requestId, received.plusSeconds(1800)));
        var resumed = request.inTransaction(() -> sla.customerResponded(requestId, received.plusSeconds(7200)));

        assertThat(afterReply.firstResponseDue()).isNull();
        assertThat(afterReply.nextUpdateDue()).isEqualTo(received.plusSeconds(600 + 7200));
        assertThat(waiting.nextUpdateDue()).isNull();
        assertThat(resumed.nextUpdateDue()).isEqualTo(received.plusSeconds(7200 + 7200 - 1200));
        assertThat(sla.state(requestId, received.plusSeconds(7200)).timeline())
                .extracting(TimelineEntry::event)
                .containsExactly("STARTED", "MET", "STARTED", "PAUSED", "RESUMED");
    }

    @Test
    void r19_aRequestWaitingTooLongForTheCustomerIsDowngradedAndItsRequestTold() {
        var received = clock.instant().minus(Duration.ofHours(5));
        request.start(RequestCategory.TECHNICAL, Severity.A, received);
        request.inTransaction(() -> sla.firstResponseGiven(requestId, received.plusSeconds(60)));
        request.inTransaction(() -> sla.awaitingCustomer(requestId, received.plusSeconds(120)));
        var timer = jdbc.sql("select wait_timer from sla_request where request_id = :id")
                .param("id", requestId)
                .query(String.class)
                .single();

        assertThat(timers.fireCustomerWait(timer, received.plusSeconds(60)))
                .as("not yet due")
                .isFalse();
        assertThat(timers.fireCustomerWait(timer, received.plus(Duration.ofHours(3))))
                .isTrue();
        assertThat(timers.fireCustomerWait(timer, received.plus(Duration.ofHours(3))))
                .as("only once")
                .isFalse();
        assertThat(events.stream(CustomerWaitExceeded.class))
                .contains(new CustomerWaitExceeded(
                        requestId, tenantId, "cn", Severity.A, Severity.B, received.plus(Duration.ofHours(3))));

        assertThat(state(ClockKind.NEXT_UPDATE)).as("B has no update cadence").isEqualTo(ClockState.STOPPED);
        assertThat(jdbc.sql("select severity, wait_due_at is not null from sla_request where request_id = :id")
                        .param("id", requestId)
                        .query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2))
                        .single())
                .as("B waits anew, towards C")
                .isEqualTo("B true");
    }

    @Test
    void aPassedDeadlineBreachesARunningClockOnceAndIgnoresAMetOne() {
        var received = Instant.parse("2026-03-07T01:00:00Z");
        request.start(RequestCategory.TECHNICAL, Severity.A, received);
        var clockId = clockId(ClockKind.FIRST_RESPONSE);

        assertThat(timers.fire(clockId, received.plusSeconds(60)))
                .as("not yet due")
                .isFalse();
        assertThat(timers.fire(clockId, received.plusSeconds(3600))).isTrue();
        assertThat(timers.fire(clockId, received.plusSeconds(3700)))
                .as("only once")
                .isFalse();

        assertThat(events.stream(SlaBreached.class))
                .contains(new SlaBreached(
                        requestId,
                        tenantId,
                        "cn",
                        ClockKind.FIRST_RESPONSE,
                        received.plusSeconds(3600),
                        received.plusSeconds(3600)));
        var view = sla.state(requestId, received.plusSeconds(4200)).clocks().get(0);
        assertThat(view.state()).isEqualTo(ClockState.BREACHED);
        assertThat(view.remaining()).isEqualTo(Duration.ofMinutes(-10));
        assertThat(auditCount()).isEqualTo(1);

        var other = new ClockedRequest(sla, transactions);
        requestId = other.id();
        other.start(RequestCategory.TECHNICAL, Severity.A, received);
        other.inTransaction(() -> sla.firstResponseGiven(other.id(), received.plusSeconds(60)));
        assertThat(timers.fire(clockId(ClockKind.FIRST_RESPONSE), received.plusSeconds(3600)))
                .isFalse();
    }

    @Test
    void aPassedDeadlineIsBreachedByTheRecurringWatchThroughDbScheduler() {
        request.start(RequestCategory.TECHNICAL, Severity.A, clock.instant().minus(Duration.ofMinutes(61)));

        await("the watch breaches the clock")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> state(ClockKind.FIRST_RESPONSE) == ClockState.BREACHED);

        assertThat(auditCount()).isEqualTo(1);
    }

    @Test
    void stoppingCancelsTheClocksAndReopeningRestartsTheUpdateClock() {
        var received = Instant.parse("2026-03-07T01:00:00Z");
        request.start(RequestCategory.TECHNICAL, Severity.A, received);
        request.inTransaction(() -> sla.firstResponseGiven(requestId, received.plusSeconds(60)));
        request.inTransaction(() -> {
            sla.stop(requestId, received.plusSeconds(120));
            return null;
        });

        assertThat(state(ClockKind.NEXT_UPDATE)).isEqualTo(ClockState.STOPPED);
        var reopened = request.inTransaction(() -> sla.reopen(requestId, received.plusSeconds(600)));
        assertThat(reopened).isEqualTo(new Deadlines(null, received.plusSeconds(600 + 7200)));
    }

    @Test
    void severityChangeRecomputesTheFirstResponseFromReceipt() {
        request.start(RequestCategory.TECHNICAL, Severity.B, SATURDAY_NIGHT);

        var lowered =
                request.inTransaction(() -> sla.severityChanged(requestId, Severity.C, SATURDAY_NIGHT.plusSeconds(60)));

        assertThat(lowered.firstResponseDue()).isEqualTo(Instant.parse("2026-03-10T15:30:00Z"));
        assertThat(sla.state(requestId, SATURDAY_NIGHT).timeline())
                .extracting(TimelineEntry::event)
                .containsExactly("STARTED", "TARGET_CHANGED");
    }

    @Test
    void r20_aSeverityWithoutPolicyCannotBeChangedTo() {
        request.start(RequestCategory.BILLING, Severity.B, SATURDAY_NIGHT);

        assertThatThrownBy(
                        () -> request.inTransaction(() -> sla.severityChanged(requestId, Severity.A, SATURDAY_NIGHT)))
                .isInstanceOf(InvalidInputException.class);
    }

    private UUID clockId(ClockKind kind) {
        return jdbc.sql("select id from sla_clock where request_id = :id and kind = :kind")
                .param("id", requestId)
                .param("kind", kind.name())
                .query(UUID.class)
                .single();
    }

    private ClockState state(ClockKind kind) {
        return jdbc.sql("select state from sla_clock where request_id = :id and kind = :kind")
                .param("id", requestId)
                .param("kind", kind.name())
                .query(String.class)
                .optional()
                .map(ClockState::valueOf)
                .orElse(null);
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_event where action = 'sla.clock-breached' and tenant_id = :tenant")
                .param("tenant", tenantId)
                .query(Long.class)
                .single();
    }
}
