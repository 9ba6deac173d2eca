package org.helpline.sla.internal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.helpline.sla.internal.calendar.DifferentialCase.Operation;

/**
 * The differences from Business::Hours that docs/design.md accepts, and how to recognise a case they
 * decide. Business::Hours closes a holiday as the 86,401 seconds from its local midnight (an
 * inclusive span of 86,400), not as the local date: one second of the next day is closed too, on
 * a 23-hour spring-forward day one hour and one second of it, and on a 25-hour fall-back day the
 * last hour minus one second stays open. A case is affected only when such a second is a business
 * second of the weekly hours inside the stretch of time that decides the answer; its answer is
 * then checked against {@link #perlBusinessSeconds}, a model of the module's holidays.
 */
enum PerlQuirks {
    HOLIDAY_86401_SECONDS("holiday closes 86,401 seconds from its midnight"),
    FALL_BACK_HOLIDAY_LAST_HOUR("fall-back holiday leaves its last hour open"),
    GIVES_UP_AFTER_30_DAYS("gives up after 30 days");

    private static final long PERL_HOLIDAY_SECONDS = 86_401;

    private final String description;

    PerlQuirks(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The holiday quirk that decides this case, if any. */
    static Optional<PerlQuirks> holidayQuirkIn(DifferentialCase differentialCase) {
        BusinessCalendar calendar = differentialCase.calendar();
        BusinessCalendar weeklyHoursOnly = BusinessCalendar.of(calendar.zone(), calendar.hours(), Set.of());
        long from = differentialCase.start();
        long until = differentialCase.windowEnd();
        for (LocalDate holiday : calendar.holidays()) {
            long midnight = midnight(holiday, calendar.zone());
            long perlEnd = midnight + PERL_HOLIDAY_SECONDS;
            long nextMidnight = midnight(holiday.plusDays(1), calendar.zone());
            boolean nextDayOpen = !calendar.holidays().contains(holiday.plusDays(1));
            if (perlEnd > nextMidnight
                    && nextDayOpen
                    && isOpenWithin(weeklyHoursOnly, nextMidnight, perlEnd, from, until)) {
                return Optional.of(HOLIDAY_86401_SECONDS);
            }
            if (perlEnd < nextMidnight && isOpenWithin(weeklyHoursOnly, perlEnd, nextMidnight, from, until)) {
                return Optional.of(FALL_BACK_HOLIDAY_LAST_HOUR);
            }
        }
        return Optional.empty();
    }

    /** Whether Business::Hours answered as a calendar with its holiday arithmetic would. */
    static boolean agreesWithModel(DifferentialCase differentialCase, long perlAnswer) {
        BusinessCalendar calendar = differentialCase.calendar();
        long start = differentialCase.start();
        if (differentialCase.operation() == Operation.BETWEEN) {
            return perlAnswer == perlBusinessSeconds(calendar, start, differentialCase.argument());
        }
        long index = Math.max(0, differentialCase.argument() - 1);
        return perlBusinessSeconds(calendar, start, perlAnswer) == index
                && perlBusinessSeconds(calendar, perlAnswer, perlAnswer + 1) == 1;
    }

    /** Business seconds in [from, until) with each holiday closing the 86,401 seconds from its midnight. */
    static long perlBusinessSeconds(BusinessCalendar calendar, long from, long until) {
        BusinessCalendar weeklyHoursOnly = BusinessCalendar.of(calendar.zone(), calendar.hours(), Set.of());
        long total = seconds(weeklyHoursOnly, from, until);
        for (long[] closed : perlHolidaySpans(calendar)) {
            total -= seconds(weeklyHoursOnly, Math.max(closed[0], from), Math.min(closed[1], until));
        }
        return total;
    }

    /** Holiday spans as Business::Hours closes them, overlapping ones merged. */
    private static List<long[]> perlHolidaySpans(BusinessCalendar calendar) {
        List<long[]> spans = new ArrayList<>();
        for (LocalDate holiday : new TreeSet<>(calendar.holidays())) {
            long midnight = midnight(holiday, calendar.zone());
            long[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && midnight <= last[1]) {
                last[1] = Math.max(last[1], midnight + PERL_HOLIDAY_SECONDS);
            } else {
                spans.add(new long[] {midnight, midnight + PERL_HOLIDAY_SECONDS});
            }
        }
        return spans;
    }

    private static long seconds(BusinessCalendar calendar, long from, long until) {
        return until <= from
                ? 0
                : calendar.businessTimeBetween(Instant.ofEpochSecond(from), Instant.ofEpochSecond(until))
                        .getSeconds();
    }

    private static boolean isOpenWithin(
            BusinessCalendar calendar, long regionStart, long regionEnd, long from, long until) {
        Instant start = Instant.ofEpochSecond(Math.max(regionStart, from));
        Instant end = Instant.ofEpochSecond(Math.min(regionEnd, until));
        return calendar.businessTimeBetween(start, end).compareTo(Duration.ZERO) > 0;
    }

    private static long midnight(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toEpochSecond();
    }
}
