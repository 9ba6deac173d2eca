package org.helpline.sla.internal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a support organisation is at work: a time zone, opening ranges per weekday and holidays.
 * An immutable value; SLA deadlines are computed with it.
 *
 * <p>Opening ranges are local wall-clock times and holidays close whole local dates, so on the
 * days the zone changes its UTC offset a range can be longer or shorter in real time than on paper;
 * business time is always real elapsed time inside open ranges. A range bound that falls in a
 * spring-forward gap means the end of the gap; one in a fall-back overlap means its first
 * occurrence. A range that spans the repeated hour therefore counts it twice, as the clock does.
 *
 * <p>Ranges are half-open: at the closing time the calendar is already closed, which is why a
 * deadline can be a closing instant while the clock of a new request received then starts at
 * the next opening.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final WeeklyHours hours;
    private final HolidayDates holidays;

    private BusinessCalendar(ZoneId zone, WeeklyHours hours, HolidayDates holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = hours;
        this.holidays = holidays;
    }

    /**
     * A calendar with the given weekly hours and holidays. The ranges of a day must be in order and
     * must not overlap; touching ranges are merged. At least one day must have a range.
     */
    public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<OpeningRange>> hours, Set<LocalDate> holidays) {
        return new BusinessCalendar(zone, WeeklyHours.of(hours), new HolidayDates(holidays));
    }

    /** The 24x7 calendar: open every second, no holidays; the zone matters only for display. */
    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        return builder(zone).everyDay(OpeningRange.wholeDay()).build();
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /**
     * The instant at which {@code amount} of business time has passed after {@code start}. The clock
     * starts at {@code start} if the calendar is open then, else at the next opening. A deadline that
     * falls exactly at a closing time is that closing instant. A zero amount gives the first business
     * instant at or after {@code start}. There is no horizon: long amounts skip whole weeks.
     *
     * @throws ArithmeticException for amounts or deadlines beyond about 292 years
     */
    public Instant addBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time to add must not be negative, got " + amount);
        }
        return walkFrom(start).advance(amount.toNanos());
    }

    /** Business time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(walkFrom(from).measureUntil(to));
    }

    public boolean isOpenAt(Instant instant) {
        return nextOpening(instant).equals(instant);
    }

    /** {@code instant} itself when open, else the next opening. */
    public Instant nextOpening(Instant instant) {
        return addBusinessTime(instant, Duration.ZERO);
    }

    /**
     * The length of "one business day" in targets of N business days: the open time of the
     * weekday with the most opening hours (15 hours for 09:00-24:00, 10 hours for Mon-Fri
     * 08:00-18:00, 24 hours for 24x7). Taking the longest day keeps a target of one business day
     * the same length whichever day the request arrives on, even with a short Saturday.
     */
    public Duration standardBusinessDay() {
        return hours.longestDay();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Opening ranges per weekday in canonical form; closed weekdays are absent. */
    public Map<DayOfWeek, List<OpeningRange>> hours() {
        return hours.ranges();
    }

    public Set<LocalDate> holidays() {
        return holidays.dates();
    }

    private BusinessTimeWalk walkFrom(Instant start) {
        return new BusinessTimeWalk(hours, holidays, zone.getRules(), start);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that
                && zone.equals(that.zone)
                && hours.equals(that.hours)
                && holidays.dates().equals(that.holidays.dates());
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, hours, holidays.dates());
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + " " + hours + " holidays " + holidays.dates() + "]";
    }

    /** Collects opening ranges day by day; ranges added to a day are appended in order. */
    public static final class Builder {

        private final ZoneId zone;
        private final Map<DayOfWeek, List<OpeningRange>> hours = new EnumMap<>(DayOfWeek.class);
        private final List<LocalDate> holidays = new ArrayList<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        public Builder open(DayOfWeek day, OpeningRange... ranges) {
            hours.computeIfAbsent(day, d -> new ArrayList<>()).addAll(Arrays.asList(ranges));
            return this;
        }

        /** Opens Monday to Friday with the same ranges. */
        public Builder weekdays(OpeningRange... ranges) {
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).forEach(day -> open(day, ranges));
            return this;
        }

        public Builder everyDay(OpeningRange... ranges) {
            EnumSet.allOf(DayOfWeek.class).forEach(day -> open(day, ranges));
            return this;
        }

        public Builder holidays(Collection<LocalDate> dates) {
            holidays.addAll(dates);
            return this;
        }

        public Builder holiday(LocalDate... dates) {
            return holidays(Arrays.asList(dates));
        }

        public BusinessCalendar build() {
            return BusinessCalendar.of(zone, hours, Set.copyOf(holidays));
        }
    }
}
