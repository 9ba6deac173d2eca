package org.helpline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.helpline.sla.internal.calendar.OpeningRange;
import org.junit.jupiter.api.Test;

class ClockMathTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar EXTENDED = BusinessCalendar.builder(SHANGHAI)
            .everyDay(OpeningRange.parse("09:00-24:00"))
            .build();
    private static final Instant T0 = Instant.parse("2026-03-07T02:00:00Z");
    private static final RequestRecord REQUEST = new RequestRecord(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "cn",
            RequestCategory.TECHNICAL,
            Severity.A,
            SHANGHAI,
            T0,
            null,
            null,
            null,
            null);

    @Test
    void pausingKeepsTheTimeLeftAndResumingAddsItToTheMomentOfResumption() {
        var due = T0.plus(Duration.ofHours(2));
        var left = ClockMath.leftAtPause(due, T0.plus(Duration.ofMinutes(30)));

        assertThat(left).isEqualTo(Duration.ofMinutes(90));
        assertThat(ClockMath.dueOnResume(T0.plus(Duration.ofHours(5)), left))
                .isEqualTo(T0.plus(Duration.ofHours(6).plusMinutes(30)));
    }

    @Test
    void aClockPausedAfterItsDeadlineHasNothingLeft() {
        assertThat(ClockMath.leftAtPause(T0, T0.plusSeconds(1))).isZero();
    }

    @Test
    void updateClockCountsCalendarTimeAndShowsHowLateItIs() {
        var clock = ClockRecord.started(
                REQUEST, ClockKind.NEXT_UPDATE, Duration.ofHours(2), true, null, T0, T0.plus(Duration.ofHours(2)));

        assertThat(ClockMath.view(clock, EXTENDED, T0.plus(Duration.ofHours(3))).remaining())
                .isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void firstResponseClockCountsBusinessTimeLeft() {
        var received = Instant.parse("2026-03-07T15:30:00Z");
        var due = EXTENDED.addBusinessTime(received, Duration.ofHours(15));
        var clock = ClockRecord.started(
                REQUEST, ClockKind.FIRST_RESPONSE, Duration.ofHours(15), false, "extended", received, due);

        var view = ClockMath.view(clock, EXTENDED, Instant.parse("2026-03-07T17:00:00Z"));

        assertThat(due).isEqualTo(Instant.parse("2026-03-08T15:30:00Z"));
        assertThat(view.state()).isEqualTo(ClockState.RUNNING);
        assertThat(view.remaining()).isEqualTo(Duration.ofMinutes(14 * 60 + 30));
    }

    @Test
    void aPausedClockShowsWhatItKeptAndNoDeadline() {
        var clock = ClockRecord.started(
                        REQUEST,
                        ClockKind.NEXT_UPDATE,
                        Duration.ofHours(2),
                        true,
                        null,
                        T0,
                        T0.plus(Duration.ofHours(2)))
                .paused(T0.plus(Duration.ofMinutes(75)));

        var view = ClockMath.view(clock, EXTENDED, T0.plus(Duration.ofDays(3)));

        assertThat(view.due()).isNull();
        assertThat(view.remaining()).isEqualTo(Duration.ofMinutes(45));
    }
}
