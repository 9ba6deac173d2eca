package org.helpline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.helpline.sla.internal.calendar.OpeningRange;
import org.junit.jupiter.api.Test;

/** The instant at which 75% of a clock's target is used (issue 7). */
class AtRiskMathTests {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** Mon-Fri 08:00-18:00 Warsaw; 2026-03-13 is a Friday, 2026-03-16 a Monday. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(WARSAW)
            .weekdays(OpeningRange.parse("08:00-18:00"))
            .build();

    @Test
    void onBusinessTimeTheWarningSkipsClosedHoursLikeTheDeadline() {
        var friday1600 = Instant.parse("2026-03-13T15:00:00Z");
        var target = Duration.ofHours(8);

        var atRisk = ClockMath.atRisk(target, target, friday1600, OFFICE);

        // 2 hours on Friday, 4 on Monday from 08:00 Warsaw (07:00 UTC): 6 of 8 hours used at 11:00 UTC
        assertThat(atRisk).isEqualTo(Instant.parse("2026-03-16T11:00:00Z"));
        assertThat(OFFICE.addBusinessTime(friday1600, target)).isEqualTo(Instant.parse("2026-03-16T13:00:00Z"));
        assertThat(OFFICE.businessTimeBetween(friday1600, atRisk)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aStartInClosedHoursWaitsForTheOpening() {
        var saturday = Instant.parse("2026-03-14T10:00:00Z");

        assertThat(ClockMath.atRisk(Duration.ofHours(4), Duration.ofHours(4), saturday, OFFICE))
                .isEqualTo(Instant.parse("2026-03-16T10:00:00Z"));
    }

    @Test
    void holidaysAreClosedToo() {
        var withHoliday = BusinessCalendar.builder(WARSAW)
                .weekdays(OpeningRange.parse("08:00-18:00"))
                .holiday(LocalDate.parse("2026-03-16"))
                .build();
        var friday1600 = Instant.parse("2026-03-13T15:00:00Z");

        assertThat(ClockMath.atRisk(Duration.ofHours(8), Duration.ofHours(8), friday1600, withHoliday))
                .isEqualTo(Instant.parse("2026-03-17T11:00:00Z"));
    }

    @Test
    void timeUsedBeforeAPauseCounts() {
        var resumed = Instant.parse("2026-03-13T12:00:00Z");
        var target = Duration.ofHours(2);

        // 30 minutes were used before the pause: 90 left, warn after another hour
        assertThat(ClockMath.atRisk(target, Duration.ofMinutes(90), resumed, null))
                .isEqualTo(resumed.plus(Duration.ofHours(1)));
        // on business time: resumed Friday 17:30 Warsaw with 90 minutes of a 2 hour target left
        var friday1730 = Instant.parse("2026-03-13T16:30:00Z");
        assertThat(ClockMath.atRisk(target, Duration.ofMinutes(90), friday1730, OFFICE))
                .isEqualTo(Instant.parse("2026-03-16T07:30:00Z"));
    }

    @Test
    void aClockWithAQuarterOrLessLeftIsAtRiskAtOnce() {
        var at = Instant.parse("2026-03-13T12:00:00Z");

        assertThat(ClockMath.atRisk(Duration.ofHours(2), Duration.ofMinutes(30), at, OFFICE))
                .isEqualTo(at);
        assertThat(ClockMath.atRisk(Duration.ofHours(2), Duration.ZERO, at, null))
                .isEqualTo(at);
    }

    @Test
    void aClockWithoutTargetIsNeverWarnedAbout() {
        assertThat(ClockMath.atRisk(Duration.ZERO, Duration.ZERO, Instant.EPOCH, OFFICE))
                .isNull();
    }

    @Test
    void elapsedTimeForCalendarTimeClocks() {
        var at = Instant.parse("2026-03-14T10:00:00Z");

        assertThat(ClockMath.atRisk(Duration.ofHours(2), Duration.ofHours(2), at, null))
                .isEqualTo(at.plus(Duration.ofMinutes(90)));
    }
}
