package org.helpline.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;

/**
 * One stored clock. {@code due} is set unless paused; {@code remaining} only while paused. Each
 * change is a named method that refuses a clock in the wrong state.
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
        Instant breachedAt) {

    /** A new clock of {@code request} running from {@code startedAt} until {@code due}. */
    static ClockRecord started(
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
                null);
    }

    /** Stops counting at {@code at} and keeps the calendar time that was left. */
    ClockRecord paused(Instant at) {
        requireState(ClockState.RUNNING);
        return changed(next -> {
            next.state = ClockState.PAUSED;
            next.due = null;
            next.remaining = ClockMath.leftAtPause(due, at);
        });
    }

    /** An update given while paused: the full cadence will run when the customer answers. */
    ClockRecord restartedWhilePaused() {
        requireState(ClockState.PAUSED);
        return changed(next -> next.remaining = target);
    }

    /** Runs again from {@code at} with the time it kept when it was paused. */
    ClockRecord resumed(Instant at) {
        requireState(ClockState.PAUSED);
        return changed(next -> {
            next.state = ClockState.RUNNING;
            next.due = ClockMath.dueOnResume(at, remaining);
            next.remaining = null;
        });
    }

    /** Runs anew from {@code at} for the calendar time {@code cadence}, forgetting an earlier meeting or breach. */
    ClockRecord restarted(Instant at, Duration cadence) {
        if (state == ClockState.PAUSED) {
            throw new IllegalStateException("A paused clock " + id + " restarts only when the customer answers");
        }
        return changed(next -> {
            next.state = ClockState.RUNNING;
            next.target = cadence;
            next.calendarTime = true;
            next.calendarId = null;
            next.startedAt = at;
            next.due = at.plus(cadence);
            next.remaining = null;
            next.metAt = null;
            next.breachedAt = null;
        });
    }

    /** The same start under another policy's target and calendar, due at {@code newDue}. */
    ClockRecord retargeted(Duration newTarget, boolean newCalendarTime, String newCalendarId, Instant newDue) {
        requireState(ClockState.RUNNING);
        return changed(next -> {
            next.target = newTarget;
            next.calendarTime = newCalendarTime;
            next.calendarId = newCalendarId;
            next.due = newDue;
        });
    }

    /** Met in time at {@code at}. */
    ClockRecord met(Instant at) {
        requireState(ClockState.RUNNING);
        return changed(next -> {
            next.state = ClockState.MET;
            next.metAt = at;
        });
    }

    /** Met at {@code at}, after its deadline: breached at the deadline. */
    ClockRecord metLate(Instant at) {
        if (!pending()) {
            throw new IllegalStateException("Clock " + id + " is " + state + ", not owed");
        }
        return changed(next -> {
            next.state = ClockState.BREACHED;
            next.metAt = at;
            next.breachedAt = due;
        });
    }

    /** No longer owed: the request was resolved or its policy has no such clock. */
    ClockRecord stopped() {
        requireState(ClockState.RUNNING, ClockState.PAUSED, ClockState.BREACHED);
        return changed(next -> next.state = ClockState.STOPPED);
    }

    boolean is(ClockState wanted) {
        return state == wanted;
    }

    /** Whether the deadline is still owed: running, or breached and not yet met late. */
    boolean pending() {
        return state == ClockState.RUNNING || (state == ClockState.BREACHED && metAt == null);
    }

    private void requireState(ClockState first, ClockState... others) {
        var allowed = EnumSet.of(first, others);
        if (!allowed.contains(state)) {
            throw new IllegalStateException("Clock " + id + " is " + state + ", not " + allowed);
        }
    }

    /** The one copy. */
    private ClockRecord changed(Consumer<Draft> change) {
        var next = new Draft(this);
        change.accept(next);
        return new ClockRecord(
                tenantId,
                requestId,
                kind,
                id,
                next.state,
                next.target,
                next.calendarTime,
                next.calendarId,
                next.startedAt,
                next.due,
                next.remaining,
                next.metAt,
                next.breachedAt);
    }

    private static final class Draft {
        private ClockState state;
        private Duration target;
        private boolean calendarTime;
        private String calendarId;
        private Instant startedAt;
        private Instant due;
        private Duration remaining;
        private Instant metAt;
        private Instant breachedAt;

        private Draft(ClockRecord from) {
            state = from.state;
            target = from.target;
            calendarTime = from.calendarTime;
            calendarId = from.calendarId;
            startedAt = from.startedAt;
            due = from.due;
            remaining = from.remaining;
            metAt = from.metAt;
            breachedAt = from.breachedAt;
        }
    }
}
