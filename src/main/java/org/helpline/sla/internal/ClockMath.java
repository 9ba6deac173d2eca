package org.helpline.sla.internal;

import java.time.Duration;
import java.time.Instant;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.internal.calendar.BusinessCalendar;

/**
 * The arithmetic of pausing, resuming and reading clocks. The first-response clock counts business
 * time on its policy's calendar; the update clock of severity A counts calendar time.
 */
final class ClockMath {

    /** The share of a clock's target used when it is at risk. */
    public static final int AT_RISK_PERCENT = 75;

    private ClockMath() {}

    /** Time left on a clock paused at {@code at}; zero when the deadline has already passed. */
    public static Duration leftAtPause(Instant due, Instant at) {
        return due.isAfter(at) ? Duration.between(at, due) : Duration.ZERO;
    }

    /** The deadline of a clock resumed at {@code at} with {@code left} to go. */
    public static Instant dueOnResume(Instant at, Duration left) {
        return at.plus(left);
    }

    /**
     * The instant at which a clock with {@code target} that has {@code left} to go at {@code from}
     * has used {@value #AT_RISK_PERCENT}% of its target: business time on {@code calendar}, or
     * elapsed time when {@code calendar} is null. {@code from} itself when that share is used
     * already; null for a target of zero, which is never warned about.
     */
    public static Instant atRisk(Duration target, Duration left, Instant from, BusinessCalendar calendar) {
        if (target.isZero() || target.isNegative()) {
            return null;
        }
        var reserve = target.multipliedBy(100 - AT_RISK_PERCENT).dividedBy(100);
        if (left.compareTo(reserve) <= 0) {
            return from;
        }
        var until = left.minus(reserve);
        return calendar == null ? from.plus(until) : calendar.addBusinessTime(from, until);
    }

    /**
     * The clock as it stands at {@code now}: time left until the deadline, negative by how much it was
     * missed (up to the late response, or up to now while still owed), or the margin a met clock had.
     */
    public static ClockView view(ClockRecord clock, BusinessCalendar calendar, Instant now) {
        return new ClockView(
                clock.kind(),
                clock.state(),
                clock.target(),
                clock.calendarTime(),
                clock.due(),
                clock.metAt(),
                clock.breachedAt(),
                remaining(clock, calendar, now),
                atRisk(clock, calendar, now));
    }

    private static Instant atRisk(ClockRecord clock, BusinessCalendar calendar, Instant now) {
        if (!clock.is(ClockState.RUNNING) || !clock.due().isAfter(now)) {
            return null;
        }
        var left = measure(clock, calendar, now, clock.due());
        return atRisk(clock.target(), left, now, wallClock(clock) ? null : calendar);
    }

    private static boolean wallClock(ClockRecord clock) {
        return clock.kind() == ClockKind.NEXT_UPDATE || clock.calendarTime();
    }

    static Duration remaining(ClockRecord clock, BusinessCalendar calendar, Instant now) {
        return switch (clock.state()) {
            case RUNNING -> signed(clock, calendar, now, clock.due());
            case PAUSED -> clock.remaining();
            case MET -> signed(clock, calendar, clock.metAt(), clock.due());
            case BREACHED -> signed(clock, calendar, clock.metAt() != null ? clock.metAt() : now, clock.due());
            case STOPPED -> null;
        };
    }

    /** Time from {@code from} to {@code due}, negative when {@code from} is after it. */
    private static Duration signed(ClockRecord clock, BusinessCalendar calendar, Instant from, Instant due) {
        return due.isBefore(from) ? measure(clock, calendar, due, from).negated() : measure(clock, calendar, from, due);
    }

    private static Duration measure(ClockRecord clock, BusinessCalendar calendar, Instant from, Instant to) {
        if (wallClock(clock) || calendar == null) {
            return Duration.between(from, to);
        }
        return calendar.businessTimeBetween(from, to);
    }
}
