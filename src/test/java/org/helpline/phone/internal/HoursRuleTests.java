package org.helpline.phone.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class HoursRuleTests {

    @Test
    void readsDaysAndTimesAndTreats2400AsTheEndOfTheDay() {
        var rule = HoursRule.parse("hours[0]", "technical", "mon-sun", "09:00", "24:00");
        assertThat(rule)
                .isEqualTo(new HoursRule(SupportService.TECHNICAL, DayOfWeek.MONDAY, DayOfWeek.SUNDAY, 540, 1440));
        assertThat(rule.days()).isEqualTo("MON-SUN");
        assertThat(rule.to()).isEqualTo("24:00");
        var shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(rule.openAt(ZonedDateTime.of(2026, 1, 4, 23, 59, 0, 0, shanghai)))
                .isTrue();
        assertThat(rule.openAt(ZonedDateTime.of(2026, 1, 5, 0, 0, 0, 0, shanghai)))
                .isFalse();
        assertThat(rule.openAt(ZonedDateTime.of(2026, 1, 5, 8, 59, 0, 0, shanghai)))
                .isFalse();
    }

    @Test
    void aDayRangeMayWrapPastSunday() {
        var rule = HoursRule.parse("hours[0]", "BILLING", "SUN-THU", "08:00", "17:00");
        assertThat(rule.covers(DayOfWeek.SUNDAY)).isTrue();
        assertThat(rule.covers(DayOfWeek.THURSDAY)).isTrue();
        assertThat(rule.covers(DayOfWeek.FRIDAY)).isFalse();
        assertThat(HoursRule.parse("hours[0]", "BILLING", "SAT", "08:00", "17:00")
                        .days())
                .isEqualTo("SAT");
    }

    @Test
    void badHoursNameTheField() {
        assertField(() -> HoursRule.parse("hours[2]", "LUNCH", "MON", "08:00", "09:00"), "hours[2].service");
        assertField(() -> HoursRule.parse("hours[2]", "TECHNICAL", "MONDAY", "08:00", "09:00"), "hours[2].days");
        assertField(() -> HoursRule.parse("hours[2]", "TECHNICAL", "MON-", "08:00", "09:00"), "hours[2].days");
        assertField(() -> HoursRule.parse("hours[2]", "TECHNICAL", "MON", "8", "09:00"), "hours[2].from");
        assertField(() -> HoursRule.parse("hours[2]", "TECHNICAL", "MON", "08:00", "24:30"), "hours[2].to");
        assertField(() -> HoursRule.parse("hours[2]", "TECHNICAL", "MON", "10:00", "09:00"), "hours[2].to");
        assertField(() -> HoursRule.parse("hours[2]", "TECHNICAL", null, null, null), "hours[2].days");
    }

    private static void assertField(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo(field));
    }
}
