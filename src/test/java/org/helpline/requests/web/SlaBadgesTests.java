package org.helpline.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.web.SlaBadge.State;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaSummary;
import org.junit.jupiter.api.Test;

class SlaBadgesTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aRunningClockCountsToItsDeadlineAndTurnsAtRiskThenBreachedAsTimePasses() {
        var due = NOW.plus(Duration.ofHours(4));
        var clock = clock(ClockState.RUNNING, due, NOW.plus(Duration.ofHours(3)), null);

        assertThat(SlaBadges.of(clock, NOW)).satisfies(badge -> {
            assertThat(badge.state()).isEqualTo(State.RUNNING);
            assertThat(badge.counting()).isTrue();
            assertThat(badge.due()).isEqualTo(due);
        });
        assertThat(SlaBadges.of(clock, NOW.plus(Duration.ofHours(3))).state()).isEqualTo(State.AT_RISK);
        assertThat(SlaBadges.of(clock, due).state()).isEqualTo(State.BREACHED);
        assertThat(SlaBadges.of(clock, due).counting()).isTrue();
    }

    @Test
    void aMetClockNoLongerCountsAndSaysWhenItWasMet() {
        var met = NOW.minus(Duration.ofMinutes(20));
        var badge = SlaBadges.of(clock(ClockState.MET, NOW.plus(Duration.ofHours(1)), null, met), NOW);

        assertThat(badge.state()).isEqualTo(State.MET);
        assertThat(badge.counting()).isFalse();
        assertThat(badge.due()).isNull();
        assertThat(badge.metAt()).isEqualTo(met);
    }

    @Test
    void aLateAnswerStaysBreachedWithoutCounting() {
        var badge = SlaBadges.of(clock(ClockState.BREACHED, NOW.minus(Duration.ofHours(1)), null, NOW), NOW);

        assertThat(badge.state()).isEqualTo(State.BREACHED);
        assertThat(badge.counting()).isFalse();
    }

    @Test
    void aPausedClockKeepsWhatIsLeftForWhenItRunsAgain() {
        var paused = new ClockView(
                ClockKind.FIRST_RESPONSE,
                ClockState.PAUSED,
                Duration.ofHours(8),
                false,
                null,
                null,
                null,
                Duration.ofHours(5),
                null);

        var badge = SlaBadges.of(paused, NOW);

        assertThat(badge.state()).isEqualTo(State.PAUSED);
        assertThat(badge.left()).isEqualTo(Duration.ofHours(5));
        assertThat(badge.counting()).isFalse();
    }

    @Test
    void aRequestInAListShowsItsNearestDeadlineOrWhyThereIsNone() {
        var due = NOW.plus(Duration.ofHours(2));
        var owed = new SlaSummary(due, null, due, NOW.plus(Duration.ofHours(1)), false);

        assertThat(SlaBadges.of(owed, RequestStatus.NEW, NOW).state()).isEqualTo(State.RUNNING);
        assertThat(SlaBadges.of(owed, RequestStatus.NEW, due.plusSeconds(1)).state())
                .isEqualTo(State.BREACHED);
        assertThat(SlaBadges.of(SlaSummary.NONE, RequestStatus.AWAITING_CUSTOMER, NOW)
                        .state())
                .isEqualTo(State.PAUSED);
        assertThat(SlaBadges.of(new SlaSummary(due, null, null, null, true), RequestStatus.RESOLVED, NOW)
                        .state())
                .isEqualTo(State.BREACHED);
        assertThat(SlaBadges.of(SlaSummary.NONE, RequestStatus.CLOSED, NOW).state())
                .isEqualTo(State.NONE);
    }

    private static ClockView clock(ClockState state, Instant due, Instant atRisk, Instant metAt) {
        return new ClockView(
                ClockKind.FIRST_RESPONSE, state, Duration.ofHours(4), false, due, metAt, null, null, atRisk);
    }
}
