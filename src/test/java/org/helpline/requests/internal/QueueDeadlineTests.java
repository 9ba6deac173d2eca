package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.helpline.requests.RequestStatus;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.Severity;
import org.helpline.sla.SlaState;
import org.junit.jupiter.api.Test;

class QueueDeadlineTests {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theNearestRunningDeadlineLeadsAndIsAtRiskAQuarterOfItsTargetBefore() {
        var state = open(null).withDeadlines(T.plusSeconds(3600), null, null, null);
        var sla = sla(
                clock(ClockKind.FIRST_RESPONSE, ClockState.RUNNING, Duration.ofHours(1), T.plusSeconds(3600), null),
                clock(ClockKind.NEXT_UPDATE, ClockState.RUNNING, Duration.ofHours(2), T.plusSeconds(7200), null));

        var applied = QueueDeadline.apply(state, sla);

        assertThat(applied.slaDueAt()).isEqualTo(T.plusSeconds(3600));
        assertThat(applied.slaRiskAt()).isEqualTo(T.plusSeconds(3600 - 900));
        assertThat(applied.nextUpdateDue()).isEqualTo(T.plusSeconds(7200));
    }

    @Test
    void theRiskWindowIsAtMostTwoHours() {
        assertThat(QueueDeadline.riskWindow(Duration.ofHours(30))).isEqualTo(Duration.ofHours(2));
        assertThat(QueueDeadline.riskWindow(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(15));
        assertThat(QueueDeadline.riskWindow(null)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aBreachedFirstResponseStaysPendingUntilAnsweredAndPausedOrMetClocksDoNot() {
        var breached = sla(clock(ClockKind.FIRST_RESPONSE, ClockState.BREACHED, Duration.ofHours(1), T, null));
        assertThat(QueueDeadline.apply(open(null), breached).slaDueAt()).isEqualTo(T);
        assertThat(QueueDeadline.apply(open(T.plusSeconds(60)), breached).slaDueAt())
                .isNull();

        var paused = sla(
                clock(ClockKind.NEXT_UPDATE, ClockState.PAUSED, Duration.ofHours(2), null, null),
                clock(ClockKind.FIRST_RESPONSE, ClockState.MET, Duration.ofHours(1), T, T.minusSeconds(5)));
        assertThat(QueueDeadline.apply(open(T), paused).slaDueAt()).isNull();
    }

    @Test
    void aResolvedRequestHasNoQueueDeadline() {
        var resolved = open(null).withStatus(RequestStatus.RESOLVED, T);
        var sla = sla(clock(ClockKind.FIRST_RESPONSE, ClockState.RUNNING, Duration.ofHours(1), T, null));

        assertThat(QueueDeadline.apply(resolved, sla).slaDueAt()).isNull();
        assertThat(QueueDeadline.apply(resolved, sla).firstResponseDue()).isEqualTo(T);
    }

    private static RequestState open(Instant firstResponseAt) {
        return new RequestState(
                Severity.A,
                RequestStatus.IN_PROGRESS,
                null,
                null,
                firstResponseAt,
                null,
                null,
                null,
                null,
                false,
                null);
    }

    private static ClockView clock(ClockKind kind, ClockState state, Duration target, Instant due, Instant metAt) {
        return new ClockView(kind, state, target, true, due, metAt, null, null);
    }

    private static SlaState sla(ClockView... clocks) {
        return new SlaState(List.of(clocks), List.of());
    }
}
