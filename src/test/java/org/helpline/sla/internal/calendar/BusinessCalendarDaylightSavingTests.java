package org.helpline.sla.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.sla.internal.calendar.BusinessCalendarTests.NEW_YORK;
import static org.helpline.sla.internal.calendar.BusinessCalendarTests.WARSAW;
import static org.helpline.sla.internal.calendar.BusinessCalendarTests.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Days on which the zone changes its UTC offset: ranges keep their wall-clock times, business time is real time. */
class BusinessCalendarDaylightSavingTests {

    @Test
    void aDayOpenAroundTheClockHasItsRealLengthOnDstDays() {
        BusinessCalendar warsawAllDay = BusinessCalendar.alwaysOpen(WARSAW);

        assertThat(warsawAllDay.businessTimeBetween(at(WARSAW, "2025-03-30T00:00"), at(WARSAW, "2025-03-31T00:00")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(warsawAllDay.businessTimeBetween(at(WARSAW, "2025-10-26T00:00"), at(WARSAW, "2025-10-27T00:00")))
                .isEqualTo(Duration.ofHours(25));
        assertThat(warsawAllDay.addBusinessTime(at(WARSAW, "2025-03-30T00:00"), Duration.ofHours(24)))
                .isEqualTo(at(WARSAW, "2025-03-31T01:00"));
    }

    @Test
    void rangesAcrossTheSpringForwardGapLoseTheMissingHour() {
        BusinessCalendar night = BusinessCalendar.builder(WARSAW)
                .everyDay(OpeningRange.parse("01:00-04:00"))
                .build();
        BusinessCalendar fromGap = BusinessCalendar.builder(WARSAW)
                .everyDay(OpeningRange.parse("02:30-05:00"))
                .build();

        assertThat(night.businessTimeBetween(at(WARSAW, "2025-03-30T00:00"), at(WARSAW, "2025-03-30T12:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(fromGap.nextOpening(at(WARSAW, "2025-03-30T00:00"))).isEqualTo(at(WARSAW, "2025-03-30T03:00"));
    }

    @Test
    void rangesAcrossTheFallBackOverlapCountTheRepeatedHourTwice() {
        BusinessCalendar night = BusinessCalendar.builder(WARSAW)
                .everyDay(OpeningRange.parse("01:00-04:00"))
                .build();
        BusinessCalendar fromOverlap = BusinessCalendar.builder(WARSAW)
                .everyDay(OpeningRange.parse("02:30-05:00"))
                .build();
        Instant firstHalfPastTwo = ZonedDateTime.ofLocal(LocalDateTime.parse("2025-10-26T02:30"), WARSAW, null)
                .toInstant();

        assertThat(night.businessTimeBetween(at(WARSAW, "2025-10-26T00:00"), at(WARSAW, "2025-10-26T12:00")))
                .isEqualTo(Duration.ofHours(4));
        assertThat(fromOverlap.nextOpening(at(WARSAW, "2025-10-26T00:00"))).isEqualTo(firstHalfPastTwo);
        assertThat(firstHalfPastTwo).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
    }

    @Test
    void aHolidayClosesTheWholeLocalDateEvenWhenItHas25Hours() {
        BusinessCalendar warsawAllDay = BusinessCalendar.builder(WARSAW)
                .everyDay(OpeningRange.wholeDay())
                .holiday(LocalDate.of(2025, 10, 26))
                .build();

        assertThat(warsawAllDay.nextOpening(at(WARSAW, "2025-10-26T00:00"))).isEqualTo(at(WARSAW, "2025-10-27T00:00"));
        assertThat(warsawAllDay.businessTimeBetween(at(WARSAW, "2025-10-25T00:00"), at(WARSAW, "2025-10-28T00:00")))
                .isEqualTo(Duration.ofHours(48));
    }

    @Test
    void fridayAfternoonAcrossTheNewYorkSpringForwardWeekend() {
        BusinessCalendar newYorkOffice = BusinessCalendar.builder(NEW_YORK)
                .weekdays(OpeningRange.parse("09:00-17:00"))
                .build();

        Instant due = newYorkOffice.addBusinessTime(at(NEW_YORK, "2025-03-07T16:00"), Duration.ofHours(2));

        assertThat(due).isEqualTo(at(NEW_YORK, "2025-03-10T10:00")).isEqualTo(Instant.parse("2025-03-10T14:00:00Z"));
    }
}
