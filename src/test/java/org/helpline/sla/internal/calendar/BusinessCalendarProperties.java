package org.helpline.sla.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BusinessCalendarProperties {

    /** A positive second step: adding zero to a deadline at a closing time moves on to the next opening. */
    @Property
    void addingInTwoStepsEqualsAddingTheSum(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("amounts") Duration first,
            @ForAll("positiveAmounts") Duration second) {
        Instant stepwise = calendar.addBusinessTime(calendar.addBusinessTime(start, first), second);

        assertThat(stepwise).isEqualTo(calendar.addBusinessTime(start, first.plus(second)));
    }

    @Property
    void aDeadlineNeverLiesInClosedHours(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("amounts") Duration target) {
        Instant due = calendar.addBusinessTime(start, target);

        Instant lastBusinessInstant = target.isZero() ? due : due.minusNanos(1);
        assertThat(calendar.isOpenAt(lastBusinessInstant))
                .as("open at %s, due %s", lastBusinessInstant, due)
                .isTrue();
        assertThat(due).isAfterOrEqualTo(start.plus(target));
    }

    @Property
    void businessTimeBetweenReceiptAndDueEqualsTheTarget(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant received,
            @ForAll("amounts") Duration target) {
        Instant due = calendar.addBusinessTime(received, target);

        assertThat(calendar.businessTimeBetween(received, due)).isEqualTo(target);
    }

    @Property
    void businessTimeAddsUpOverConsecutivePeriods(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant from,
            @ForAll("amounts") Duration firstPeriod,
            @ForAll("amounts") Duration secondPeriod) {
        Instant middle = from.plus(firstPeriod);
        Instant to = middle.plus(secondPeriod);

        assertThat(calendar.businessTimeBetween(from, middle).plus(calendar.businessTimeBetween(middle, to)))
                .isEqualTo(calendar.businessTimeBetween(from, to));
    }

    @Property(tries = 500)
    void agreesWithAPlainDayByDayWalk(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("amounts") Duration target) {
        assertThat(calendar.addBusinessTime(start, target)).isEqualTo(walkDayByDay(calendar, start, target));
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> amounts() {
        return CalendarArbitraries.amounts();
    }

    @Provide
    Arbitrary<Duration> positiveAmounts() {
        return CalendarArbitraries.amounts().filter(amount -> !amount.isZero());
    }

    /** The definition of a deadline spelled out with ZonedDateTime, without the fast paths. */
    private static Instant walkDayByDay(BusinessCalendar calendar, Instant start, Duration target) {
        Duration remaining = target;
        for (LocalDate day = start.atZone(calendar.zone()).toLocalDate(); ; day = day.plusDays(1)) {
            List<OpeningRange> ranges = calendar.holidays().contains(day)
                    ? List.of()
                    : calendar.hours().getOrDefault(day.getDayOfWeek(), List.of());
            for (OpeningRange range : ranges) {
                Instant open = max(start, resolve(calendar.zone(), day, range.startMinute()));
                Duration length = Duration.between(open, resolve(calendar.zone(), day, range.endMinute()));
                if (!length.isNegative() && !length.isZero() && remaining.compareTo(length) <= 0) {
                    return open.plus(remaining);
                }
                remaining = length.isNegative() ? remaining : remaining.minus(length);
            }
        }
    }

    private static Instant resolve(ZoneId zone, LocalDate day, int minuteOfDay) {
        LocalDateTime local = day.atStartOfDay().plusMinutes(minuteOfDay);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private static Instant max(Instant first, Instant second) {
        return first.isAfter(second) ? first : second;
    }
}
