package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaState;
import org.junit.jupiter.api.Test;

class QueueDeadlineTests {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theNearestRunningDeadlineLeadsAndIsAtRiskWhenItsClockSaysSo() {
        var state = open(null).withDeadlines(T.plusSeconds(3600), null, null, null);
        var sla = sla(
                clock(ClockKind.FIRST_RESPONSE, ClockState.RUNNING, T.plusSeconds(3600), T.plusSeconds(2700)),
                clock(ClockKind.NEXT_UPDATE, ClockState.RUNNING, T.plusSeconds(7200), T.plusSeconds(5400)));

        var applied = QueueDeadline.apply(state, sla);

        assertThat(applied.slaDueAt()).isEqualTo(T.plusSeconds(3600));
        assertThat(applied.slaRiskAt()).isEqualTo(T.plusSeconds(3600 - 900));
        assertThat(applied.nextUpdateDue()).isEqualTo(T.plusSeconds(7200));
    }

    @Test
    void aBreachedFirstResponseStaysPendingUntilAnsweredAndPausedOrMetClocksDoNot() {
        var breached = sla(clock(ClockKind.FIRST_RESPONSE, ClockState.BREACHED, T, null));
        assertThat(QueueDeadline.apply(open(null), breached).slaDueAt()).isEqualTo(T);
        assertThat(QueueDeadline.apply(open(null), breached).slaRiskAt()).isEqualTo(T);
        assertThat(QueueDeadline.apply(open(T.plusSeconds(60)), breached).slaDueAt())
                .isNull();

        var paused = sla(
                clock(ClockKind.NEXT_UPDATE, ClockState.PAUSED, null, null),
                met(ClockKind.FIRST_RESPONSE, T, T.minusSeconds(5)));
        assertThat(QueueDeadline.apply(open(T), paused).slaDueAt()).isNull();
    }

    @Test
    void aResolvedRequestHasNoQueueDeadline() {
        var resolved = open(null).moveTo(RequestStatus.RESOLVED, true, null, T);
        var sla = sla(clock(ClockKind.FIRST_RESPONSE, ClockState.RUNNING, T, T.minusSeconds(900)));

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
                null,
                List.of());
    }

    private static ClockView clock(ClockKind kind, ClockState state, Instant due, Instant atRisk) {
        return new ClockView(kind, state, Duration.ofHours(1), true, due, null, null, null, atRisk);
    }

    private static ClockView met(ClockKind kind, Instant due, Instant metAt) {
        return new ClockView(kind, ClockState.MET, Duration.ofHours(1), true, due, metAt, null, null, null);
    }

    private static SlaState sla(ClockView... clocks) {
        return new SlaState(List.of(clocks), List.of());
    }
}
