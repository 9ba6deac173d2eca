package org.helpline.sla.internal.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    final BusinessCalendar shanghaiLateHours = BusinessCalendar.builder(SHANGHAI)
            .everyDay(OpeningRange.parse("09:00-24:00"))
            .build();
    final BusinessCalendar warsawOffice = BusinessCalendar.builder(WARSAW)
            .weekdays(OpeningRange.parse("08:00-18:00"))
            .holiday(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26))
            .build();

    @Test
    void oneBusinessDayFiledHalfAnHourBeforeClosingIsDueAtTheSameTimeNextDay() {
        Duration oneDay = shanghaiLateHours.standardBusinessDay();

        assertThat(oneDay).isEqualTo(Duration.ofHours(15));
        assertThat(shanghaiLateHours.addBusinessTime(at(SHANGHAI, "2025-03-10T23:30"), oneDay))
                .isEqualTo(at(SHANGHAI, "2025-03-11T23:30"));
    }

    @Test
    void requestFiledBeforeOpeningStartsTheClockAtOpeningAndIsDueAtMidnightClosing() {
        Instant due = shanghaiLateHours.addBusinessTime(at(SHANGHAI, "2025-03-10T03:00"), Duration.ofHours(15));

        assertThat(due).isEqualTo(at(SHANGHAI, "2025-03-11T00:00"));
        assertThat(shanghaiLateHours.isOpenAt(due)).isFalse();
        assertThat(shanghaiLateHours.isOpenAt(due.minusNanos(1))).isTrue();
    }

    @Test
    void threeBusinessDaysSpanFourCalendarDays() {
        Duration threeDays = shanghaiLateHours.standardBusinessDay().multipliedBy(3);

        assertThat(shanghaiLateHours.addBusinessTime(at(SHANGHAI, "2025-03-10T10:00"), threeDays))
                .isEqualTo(at(SHANGHAI, "2025-03-13T10:00"));
    }

    @Test
    void zeroTargetIsDueAtReceiptWhenOpenAndAtTheNextOpeningOtherwise() {
        Instant open = at(SHANGHAI, "2025-03-10T10:15");
        Instant atClosing = at(SHANGHAI, "2025-03-11T00:00");

        assertThat(shanghaiLateHours.addBusinessTime(open, Duration.ZERO)).isEqualTo(open);
        assertThat(shanghaiLateHours.addBusinessTime(atClosing, Duration.ZERO))
                .isEqualTo(at(SHANGHAI, "2025-03-11T09:00"));
        assertThat(shanghaiLateHours.nextOpening(atClosing)).isEqualTo(at(SHANGHAI, "2025-03-11T09:00"));
    }

    @Test
    void officeHoursSkipTheWeekendAndHolidays() {
        Instant tuesdayBeforeChristmas = at(WARSAW, "2025-12-23T17:00");

        assertThat(warsawOffice.addBusinessTime(tuesdayBeforeChristmas, Duration.ofHours(2)))
                .isEqualTo(at(WARSAW, "2025-12-29T09:00"));
        assertThat(warsawOffice.businessTimeBetween(tuesdayBeforeChristmas, at(WARSAW, "2025-12-29T09:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void overnightShiftIsTwoRangesMeetingAtMidnight() {
        BusinessCalendar nightShift = BusinessCalendar.builder(NEW_YORK)
                .everyDay(OpeningRange.parse("00:00-06:00"), OpeningRange.parse("22:00-24:00"))
                .build();

        assertThat(nightShift.addBusinessTime(at(NEW_YORK, "2025-06-02T23:00"), Duration.ofHours(3)))
                .isEqualTo(at(NEW_YORK, "2025-06-03T02:00"));
        assertThat(nightShift.standardBusinessDay()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void alwaysOpenCalendarAddsCalendarTime() {
        BusinessCalendar allDay = BusinessCalendar.alwaysOpen(SHANGHAI);
        Instant start = Instant.parse("2025-05-01T13:14:15.123456789Z");

        assertThat(allDay.addBusinessTime(start, Duration.ofDays(400).plusNanos(7)))
                .isEqualTo(start.plus(Duration.ofDays(400).plusNanos(7)));
        assertThat(allDay.businessTimeBetween(start, start.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(allDay.standardBusinessDay()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void longTargetsSkipWholeWeeks() {
        BusinessCalendar office = BusinessCalendar.builder(WARSAW)
                .weekdays(OpeningRange.parse("08:00-18:00"))
                .build();

        Instant due = office.addBusinessTime(at(WARSAW, "2025-01-06T08:00"), Duration.ofHours(50 * 52));

        assertThat(due).isEqualTo(at(WARSAW, "2026-01-02T18:00"));
        assertThat(office.businessTimeBetween(at(WARSAW, "2025-01-06T08:00"), due))
                .isEqualTo(Duration.ofHours(50 * 52));
    }

    @Test
    void measuresNothingWhenTheEndIsNotAfterTheStart() {
        Instant instant = at(SHANGHAI, "2025-03-10T10:00");

        assertThat(shanghaiLateHours.businessTimeBetween(instant, instant)).isZero();
        assertThat(shanghaiLateHours.businessTimeBetween(instant, instant.minusSeconds(60)))
                .isZero();
    }

    @Test
    void standardBusinessDayIsTheLongestWeekday() {
        BusinessCalendar shortSaturday = BusinessCalendar.builder(WARSAW)
                .weekdays(OpeningRange.parse("08:00-18:00"))
                .open(SATURDAY, OpeningRange.parse("09:00-13:00"))
                .build();

        assertThat(shortSaturday.standardBusinessDay()).isEqualTo(Duration.ofHours(10));
        assertThat(warsawOffice.standardBusinessDay()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void isAValueWithCanonicalRanges() {
        BusinessCalendar touching = BusinessCalendar.builder(WARSAW)
                .open(MONDAY, OpeningRange.parse("08:00-12:00"), OpeningRange.parse("12:00-18:00"))
                .build();
        BusinessCalendar whole =
                BusinessCalendar.of(WARSAW, Map.of(MONDAY, List.of(OpeningRange.parse("8:00-18:00"))), Set.of());

        assertThat(touching).isEqualTo(whole).hasSameHashCodeAs(whole);
        assertThat(touching.hours().get(MONDAY)).containsExactly(OpeningRange.parse("08:00-18:00"));
        assertThat(touching)
                .isNotEqualTo(BusinessCalendar.builder(SHANGHAI)
                        .open(MONDAY, OpeningRange.parse("08:00-18:00"))
                        .build());
    }

    @Test
    void rejectsInvalidHoursWithAClearMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningRange.parse("18:00-08:00"))
                .withMessageContaining("start < end");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningRange.parse("09:00-24:30"))
                .withMessageContaining("24:00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningRange.parse("nine to five"))
                .withMessageContaining("HH:MM-HH:MM");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BusinessCalendar.builder(WARSAW)
                        .open(MONDAY, OpeningRange.parse("08:00-12:00"), OpeningRange.parse("11:00-14:00"))
                        .build())
                .withMessageContaining("must not overlap");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BusinessCalendar.builder(WARSAW)
                        .open(MONDAY, OpeningRange.parse("13:00-14:00"), OpeningRange.parse("08:00-12:00"))
                        .build())
                .withMessageContaining("in order");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BusinessCalendar.builder(WARSAW).build())
                .withMessageContaining("at least one");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> warsawOffice.addBusinessTime(Instant.EPOCH, Duration.ofMinutes(-1)))
                .withMessageContaining("negative");
    }

    @Test
    void openingRangeWritesMidnightAsTheEndOfTheDay() {
        OpeningRange evening = OpeningRange.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT);

        assertThat(evening).isEqualTo(OpeningRange.parse("22:00-24:00"));
        assertThat(evening.endsAtMidnight()).isTrue();
        assertThat(evening.end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(evening).hasToString("22:00-24:00");
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
