package org.helpline.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;

/**
 * One stored clock. {@code due} is set unless paused; {@code remaining} only while paused; {@code
 * timer} names the db-scheduler instance that will fire at {@code due} while the clock runs.
 */
record ClockRecord(
        UUID tenantId,
        UUID requestId,
        ClockKind kind,
        UUID id,
        ClockState state,
        Duration target,
        boolean calendarTime,
        String calendarId,
        Instant startedAt,
        Instant due,
        Duration remaining,
        Instant metAt,
        Instant breachedAt,
        String timer) {

    /** A new running clock whose timer fires at {@code due}. */
    public static ClockRecord running(
            RequestRecord request,
            ClockKind kind,
            Duration target,
            boolean calendarTime,
            String calendarId,
            Instant startedAt,
            Instant due) {
        var id = UUID.randomUUID();
        return new ClockRecord(
                request.tenantId(),
                request.requestId(),
                kind,
                id,
                ClockState.RUNNING,
                target,
                calendarTime,
                calendarId,
                startedAt,
                due,
                null,
                null,
                null,
                timerName(id, due));
    }

    /** The timer instance of a clock for one deadline: a new deadline never reuses a timer that may be firing. */
    public static String timerName(UUID id, Instant due) {
        return id + "@" + due.toEpochMilli();
    }

    public static UUID idOfTimer(String timer) {
        int at = timer.indexOf('@');
        return UUID.fromString(at < 0 ? timer : timer.substring(0, at));
    }

    public ClockRecord runningUntil(Instant startedFrom, Instant newDue) {
        return new ClockRecord(
                tenantId,
                requestId,
                kind,
                id,
                ClockState.RUNNING,
                target,
                calendarTime,
                calendarId,
                startedFrom,
                newDue,
                null,
                null,
                null,
                timerName(id, newDue));
    }

    public ClockRecord retargeted(Duration newTarget, boolean newCalendarTime, String newCalendarId, Instant newDue) {
        return new ClockRecord(
                tenantId,
                requestId,
                kind,
                id,
                state,
                newTarget,
                newCalendarTime,
                newCalendarId,
                startedAt,
                newDue,
                remaining,
                metAt,
                breachedAt,
                timerName(id, newDue));
    }

    public ClockRecord paused(Duration left) {
        return new ClockRecord(
                tenantId,
                requestId,
                kind,
                id,
                ClockState.PAUSED,
                target,
                calendarTime,
                calendarId,
                startedAt,
                null,
                left,
                metAt,
                breachedAt,
                null);
    }

    public ClockRecord met(Instant at) {
        return new ClockRecord(
                tenantId,
                requestId,
                kind,
                id,
                ClockState.MET,
                target,
                calendarTime,
                calendarId,
                startedAt,
                due,
                remaining,
                at,
                breachedAt,
                null);
    }

    public ClockRecord breached(Instant metLateAt) {
        return new ClockRecord(
                tenantId,
                requestId,
                kind,
                id,
                ClockState.BREACHED,
                target,
                calendarTime,
                calendarId,
                startedAt,
                due,
                remaining,
                metLateAt,
                due,
                null);
    }

    public ClockRecord stopped() {
        return new ClockRecord(
                tenantId,
                requestId,
                kind,
                id,
                ClockState.STOPPED,
                target,
                calendarTime,
                calendarId,
                startedAt,
                due,
                remaining,
                metAt,
                breachedAt,
                null);
    }

    public boolean is(ClockState wanted) {
        return state == wanted;
    }

    /** Whether the deadline is still owed: running, or breached and not yet met late. */
    public boolean pending() {
        return state == ClockState.RUNNING || (state == ClockState.BREACHED && metAt == null);
    }
}
