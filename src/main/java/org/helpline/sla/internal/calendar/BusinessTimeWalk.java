package org.helpline.sla.internal.calendar;

import java.time.Instant;
import java.time.zone.ZoneRules;

/**
 * One walk forward along a calendar's open intervals from a start instant, used once per question
 * and then dropped (it is mutable and not shared).
 *
 * <p>The walk visits the start's local date, then each following date; a holiday has no
 * intervals. Each range's bounds become instants through {@link LocalTimeline}, so a 23- or
 * 25-hour day gets its real length. Whole weeks are skipped in one step when they hold no holiday
 * and no change of UTC offset, because then they are open for exactly the nominal week.
 *
 * <p>Positions are nanoseconds after the start's whole second: exact for any start and amount,
 * and all arithmetic stays in longs.
 */
final class BusinessTimeWalk {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int DAYS_PER_WEEK = 7;
    private static final int[] CLOSED = {};

    private final WeeklyHours hours;
    private final HolidayDates holidays;
    private final LocalTimeline timeline;
    private final long baseSecond;
    private final long startPosition;
    private final long firstDay;
    private final long weekNanos;
    private long epochDay;
    private int[] today;
    private int boundIndex;
    private long open;
    private long close;

    BusinessTimeWalk(WeeklyHours hours, HolidayDates holidays, ZoneRules rules, Instant start) {
        this.hours = hours;
        this.holidays = holidays;
        this.baseSecond = start.getEpochSecond();
        this.startPosition = start.getNano();
        this.timeline = new LocalTimeline(rules, baseSecond);
        this.firstDay = timeline.startEpochDay();
        this.weekNanos = hours.weekSeconds() * NANOS_PER_SECOND;
        enterDay(firstDay);
    }

    /** The instant at which {@code amountNanos} of open time has passed since the start. */
    Instant advance(long amountNanos) {
        long remaining = amountNanos;
        while (true) {
            leaveFinishedDay();
            while (remaining > weekNanos && canSkipWeek()) {
                remaining -= weekNanos;
                enterDay(epochDay + DAYS_PER_WEEK);
            }
            nextInterval();
            if (remaining <= close - open) {
                return instantAt(open + remaining);
            }
            remaining -= close - open;
        }
    }

    /** Open time, in nanoseconds, between the start and {@code end}. */
    long measureUntil(Instant end) {
        long endPosition = positionOf(end);
        long total = 0;
        while (true) {
            leaveFinishedDay();
            while (canSkipWeek() && midnightPosition(epochDay + DAYS_PER_WEEK) <= endPosition) {
                total += weekNanos;
                enterDay(epochDay + DAYS_PER_WEEK);
            }
            nextInterval();
            if (open >= endPosition) {
                return total;
            }
            if (close >= endPosition) {
                return total + endPosition - open;
            }
            total += close - open;
        }
    }

    private void nextInterval() {
        while (true) {
            while (boundIndex < today.length) {
                long from = Math.max(boundPosition(today[boundIndex]), startPosition);
                long until = boundPosition(today[boundIndex + 1]);
                boundIndex += 2;
                if (until > from) {
                    open = from;
                    close = until;
                    return;
                }
            }
            enterDay(epochDay + 1);
        }
    }

    private void leaveFinishedDay() {
        if (boundIndex == today.length) {
            enterDay(epochDay + 1);
        }
    }

    /** Whether the walk stands at the start of a day, after the first, that begins a week open for its nominal time. */
    private boolean canSkipWeek() {
        return boundIndex == 0
                && epochDay > firstDay
                && !holidays.anyWithin(epochDay, DAYS_PER_WEEK)
                && timeline.isSteadyBetween(localMidnight(epochDay), localMidnight(epochDay + DAYS_PER_WEEK));
    }

    private void enterDay(long day) {
        epochDay = day;
        boundIndex = 0;
        today = holidays.contains(day) ? CLOSED : hours.boundsOn(dayOfWeekIndex(day));
    }

    private long boundPosition(int secondOfDay) {
        return toPosition(timeline.instantOf(localMidnight(epochDay) + secondOfDay));
    }

    private long midnightPosition(long day) {
        return toPosition(timeline.instantOf(localMidnight(day)));
    }

    private long toPosition(long epochSecond) {
        return Math.multiplyExact(epochSecond - baseSecond, NANOS_PER_SECOND);
    }

    private long positionOf(Instant instant) {
        return Math.addExact(toPosition(instant.getEpochSecond()), instant.getNano());
    }

    private Instant instantAt(long position) {
        return Instant.ofEpochSecond(baseSecond, position);
    }

    private static long localMidnight(long day) {
        return day * LocalTimeline.SECONDS_PER_DAY;
    }

    /** Monday is 0; epoch day 0, 1970-01-01, was a Thursday. */
    private static int dayOfWeekIndex(long day) {
        return Math.floorMod(day + 3, DAYS_PER_WEEK);
    }
}
