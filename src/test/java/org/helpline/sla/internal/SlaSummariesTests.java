package org.helpline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.junit.jupiter.api.Test;

class SlaSummariesTests {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theNearestRunningDeadlineLeadsAndIsAtRiskWhenItsClockSaysSo() {
        var summary = SlaSummaries.summarise(
                List.of(
                        clock(ClockKind.FIRST_RESPONSE, ClockState.RUNNING, T.plusSeconds(3600), T.plusSeconds(2700)),
                        clock(ClockKind.NEXT_UPDATE, ClockState.RUNNING, T.plusSeconds(7200), T.plusSeconds(5400))),
                false);

        assertThat(summary.nearestDue()).isEqualTo(T.plusSeconds(3600));
        assertThat(summary.atRiskFrom()).isEqualTo(T.plusSeconds(3600 - 900));
        assertThat(summary.firstResponseDue()).isEqualTo(T.plusSeconds(3600));
        assertThat(summary.nextUpdateDue()).isEqualTo(T.plusSeconds(7200));
        assertThat(summary.atRisk(T.plusSeconds(2699))).isFalse();
        assertThat(summary.atRisk(T.plusSeconds(2700))).isTrue();
        assertThat(summary.overdue(T.plusSeconds(3600))).isTrue();
        assertThat(summary.breached()).isFalse();
    }

    @Test
    void aBreachedFirstResponseStaysOwedUntilAnsweredAndPausedOrMetClocksDoNot() {
        var owed = SlaSummaries.summarise(List.of(breached(ClockKind.FIRST_RESPONSE, T, null)), false);
        assertThat(owed.nearestDue()).isEqualTo(T);
        assertThat(owed.atRiskFrom()).isEqualTo(T);
        assertThat(owed.breached()).isTrue();

        var answeredLate =
                SlaSummaries.summarise(List.of(breached(ClockKind.FIRST_RESPONSE, T, T.plusSeconds(60))), false);
        assertThat(answeredLate.nearestDue()).isNull();
        assertThat(answeredLate.breached()).isTrue();
        assertThat(answeredLate.firstResponseDue()).isEqualTo(T);

        var paused = SlaSummaries.summarise(
                List.of(
                        clock(ClockKind.NEXT_UPDATE, ClockState.PAUSED, null, null),
                        met(ClockKind.FIRST_RESPONSE, T, T.minusSeconds(5))),
                false);
        assertThat(paused.nearestDue()).isNull();
        assertThat(paused.nextUpdateDue()).isNull();
        assertThat(paused.breached()).isFalse();
    }

    @Test
    void aClosedRequestOwesNothingButKeepsItsFirstDeadlineAndItsBreach() {
        var summary = SlaSummaries.summarise(
                List.of(
                        breached(ClockKind.FIRST_RESPONSE, T, T.plusSeconds(60)),
                        clock(ClockKind.NEXT_UPDATE, ClockState.RUNNING, T.plusSeconds(7200), T.plusSeconds(5400))),
                true);

        assertThat(summary.nearestDue()).isNull();
        assertThat(summary.atRiskFrom()).isNull();
        assertThat(summary.nextUpdateDue()).isNull();
        assertThat(summary.firstResponseDue()).isEqualTo(T);
        assertThat(summary.breached()).isTrue();
        assertThat(summary.atRisk(T)).isFalse();
        assertThat(summary.overdue(T.plusSeconds(99_999))).isFalse();
    }

    private static ClockView clock(ClockKind kind, ClockState state, Instant due, Instant atRisk) {
        return new ClockView(kind, state, Duration.ofHours(1), true, due, null, null, null, atRisk);
    }

    private static ClockView breached(ClockKind kind, Instant due, Instant metAt) {
        return new ClockView(kind, ClockState.BREACHED, Duration.ofHours(1), true, due, metAt, due, null, null);
    }

    private static ClockView met(ClockKind kind, Instant due, Instant metAt) {
        return new ClockView(kind, ClockState.MET, Duration.ofHours(1), true, due, metAt, null, null, null);
    }
}
