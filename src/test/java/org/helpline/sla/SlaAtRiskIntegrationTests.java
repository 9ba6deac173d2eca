package org.helpline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.AtRiskWatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At-risk warnings (issue 7): a clock is warned about once when 75% of its target is used, unless
 * it was met, paused or stopped first. The instants lie in the future, so the real recurring task
 * (which uses the real clock) never takes these warnings before the test does.
 */
@HelplineIntegrationTest
@RecordApplicationEvents
class SlaAtRiskIntegrationTests {

    /** A Friday, 16:00 in Beijing. */
    private static final Instant FRIDAY_1600 = Instant.parse("2027-03-05T08:00:00Z");

    @Autowired
    SlaManagement sla;

    @Autowired
    AtRiskWatch watch;

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
    void aRunningClockIsWarnedAboutOnceWhenThreeQuartersOfItsTargetAreUsed() {
        var received = FRIDAY_1600.plus(Duration.ofDays(30));
        request.start(RequestCategory.TECHNICAL, Severity.A, received);

        watch.warnDue(received.plus(Duration.ofMinutes(44)));
        assertThat(warnings()).as("45 of 60 minutes not yet used").isEmpty();

        var at = received.plus(Duration.ofMinutes(46));
        watch.warnDue(at);
        watch.warnDue(at.plusSeconds(30));

        assertThat(warnings())
                .containsExactly(new SlaAtRisk(
                        requestId, tenantId, "cn", ClockKind.FIRST_RESPONSE, received.plus(Duration.ofHours(1)), at));
    }

    @Test
    void onABusinessCalendarTheWarningSkipsTheWeekend() {
        request.start(RequestCategory.BILLING, Severity.B, FRIDAY_1600);

        // 1 business day = 9 hours (09:00-18:00); 6h45 used: 2 hours on Friday, 4h45 on Monday
        assertThat(atRiskAt(ClockKind.FIRST_RESPONSE)).isEqualTo(Instant.parse("2027-03-08T05:45:00Z"));
        watch.warnDue(Instant.parse("2027-03-08T05:44:00Z"));
        assertThat(warnings()).isEmpty();
        watch.warnDue(Instant.parse("2027-03-08T05:45:00Z"));
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void aMetClockIsNotWarnedAbout() {
        var received = FRIDAY_1600.plus(Duration.ofDays(31));
        request.start(RequestCategory.TECHNICAL, Severity.B, received);
        request.inTransaction(() -> sla.firstResponseGiven(requestId, received.plusSeconds(60)));

        watch.warnDue(received.plus(Duration.ofDays(5)));

        assertThat(warnings()).isEmpty();
        assertThat(atRiskAt(ClockKind.FIRST_RESPONSE)).isNull();
    }

    @Test
    void aPausedUpdateClockIsNotWarnedAboutAndCountsItsUsedTimeWhenResumed() {
        var received = FRIDAY_1600.plus(Duration.ofDays(32));
        request.start(RequestCategory.TECHNICAL, Severity.A, received);
        request.inTransaction(() -> sla.firstResponseGiven(requestId, received.plus(Duration.ofMinutes(1))));
        request.inTransaction(() -> sla.awaitingCustomer(requestId, received.plus(Duration.ofMinutes(11))));

        watch.warnDue(received.plus(Duration.ofHours(3)));
        assertThat(warnings()).as("paused").isEmpty();

        // 10 of 120 minutes used before the pause: resumed at 3h, at risk 80 minutes later
        var resumed = received.plus(Duration.ofHours(3));
        request.inTransaction(() -> sla.customerResponded(requestId, resumed));
        assertThat(atRiskAt(ClockKind.NEXT_UPDATE)).isEqualTo(resumed.plus(Duration.ofMinutes(80)));
        watch.warnDue(resumed.plus(Duration.ofMinutes(79)));
        assertThat(warnings()).isEmpty();
        watch.warnDue(resumed.plus(Duration.ofMinutes(80)));
        assertThat(warnings()).extracting(SlaAtRisk::clock).containsExactly(ClockKind.NEXT_UPDATE);
    }

    @Test
    void aStoppedClockIsNotWarnedAboutAndAWarnedOneIsNotWarnedAgainAfterAPause() {
        var received = FRIDAY_1600.plus(Duration.ofDays(33));
        request.start(RequestCategory.TECHNICAL, Severity.A, received);
        request.inTransaction(() -> sla.firstResponseGiven(requestId, received));
        watch.warnDue(received.plus(Duration.ofMinutes(100)));
        assertThat(warnings()).hasSize(1);

        request.inTransaction(() -> sla.awaitingCustomer(requestId, received.plus(Duration.ofMinutes(101))));
        request.inTransaction(() -> sla.customerResponded(requestId, received.plus(Duration.ofMinutes(200))));
        watch.warnDue(received.plus(Duration.ofMinutes(201)));
        assertThat(warnings()).as("the same crossing").hasSize(1);

        request.inTransaction(() -> {
            sla.stop(requestId, received.plus(Duration.ofMinutes(202)));
            return null;
        });
        assertThat(atRiskAt(ClockKind.NEXT_UPDATE)).isNull();
    }

    @Test
    void theRecurringTaskGivesTheWarningOnItsOwn() {
        request.start(RequestCategory.TECHNICAL, Severity.A, clock.instant().minus(Duration.ofMinutes(50)));

        await("the recurring task warns")
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> warnedAt() != null);

        assertThat(atRiskAt(ClockKind.FIRST_RESPONSE)).isNull();
    }

    private Instant warnedAt() {
        return jdbc.sql("select at_risk_warned_at from sla_clock where request_id = :id")
                .param("id", requestId)
                .query((rs, n) -> {
                    var value = rs.getTimestamp(1);
                    return value == null ? null : value.toInstant();
                })
                .optional()
                .orElse(null);
    }

    private List<SlaAtRisk> warnings() {
        return events.stream(SlaAtRisk.class)
                .filter(event -> event.requestId().equals(requestId))
                .toList();
    }

    private Instant atRiskAt(ClockKind kind) {
        return jdbc.sql("select at_risk_at from sla_clock where request_id = :id and kind = :kind")
                .param("id", requestId)
                .param("kind", kind.name())
                .query((rs, n) -> {
                    var value = rs.getTimestamp(1);
                    return value == null ? null : value.toInstant();
                })
                .optional()
                .orElse(null);
    }
}
