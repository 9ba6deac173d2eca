package org.helpline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.junit.jupiter.api.Test;

class ClockRecordTests {

    private static final Instant T0 = Instant.parse("2026-03-07T02:00:00Z");
    private static final Duration CADENCE = Duration.ofHours(2);
    private static final RequestRecord REQUEST = new RequestRecord(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "cn",
            RequestCategory.TECHNICAL,
            Severity.A,
            ZoneId.of("Asia/Shanghai"),
            T0,
            null,
            null,
            null,
            null);

    private static ClockRecord updateClock() {
        return ClockRecord.started(REQUEST, ClockKind.NEXT_UPDATE, CADENCE, true, null, T0, T0.plus(CADENCE));
    }

    @Test
    void aResumedClockRunsWithTheTimeItKeptAndANewDeadline() {
        var paused = updateClock().paused(T0.plus(Duration.ofMinutes(30)));
        var resumed = paused.resumed(T0.plus(Duration.ofDays(1)));

        assertThat(paused.due()).isNull();
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.due()).isEqualTo(T0.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(90)));
        assertThat(resumed.remaining()).isNull();
    }

    @Test
    void aClockMetLateIsBreachedAtItsDeadlineAndRestartsWithoutEitherMark() {
        var late = T0.plus(Duration.ofHours(3));
        var breached = updateClock().metLate(late);
        var restarted = breached.restarted(late, CADENCE);

        assertThat(breached.state()).isEqualTo(ClockState.BREACHED);
        assertThat(breached.breachedAt()).isEqualTo(T0.plus(CADENCE));
        assertThat(breached.metAt()).isEqualTo(late);
        assertThat(restarted.metAt()).isNull();
        assertThat(restarted.breachedAt()).isNull();
        assertThat(restarted.due()).isEqualTo(late.plus(CADENCE));
    }

    @Test
    void aClockRefusesAChangeItsStateDoesNotAllow() {
        var met = updateClock().met(T0.plus(Duration.ofMinutes(5)));

        assertThatIllegalStateException().isThrownBy(() -> met.paused(T0.plus(Duration.ofMinutes(10))));
        assertThatIllegalStateException().isThrownBy(() -> met.metLate(T0.plus(Duration.ofHours(3))));
        assertThatIllegalStateException().isThrownBy(() -> updateClock().resumed(T0));
        assertThatIllegalStateException()
                .isThrownBy(() -> updateClock().paused(T0).restarted(T0, CADENCE));
    }
}
