package org.helpline.sla.internal;

import java.time.Instant;
import org.helpline.sla.TimelineEntry;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Writes a clock change together with its timeline entry and its at-risk warning, and the
 * customer-wait timer, in one place. Deadlines need no timer: {@link DeadlineWatch} finds them.
 */
@Component
class ClockChanges {

    private final RequestClocks rows;
    private final Timelines timelines;
    private final TimerSchedule timers;
    private final AtRiskMarks atRisk;

    ClockChanges(RequestClocks rows, Timelines timelines, TimerSchedule timers, AtRiskMarks atRisk) {
        this.rows = rows;
        this.timelines = timelines;
        this.timers = timers;
        this.atRisk = atRisk;
    }

    public void insert(ClockRecord clock, Instant at, String event, String detail) {
        insert(clock, at, event, detail, null);
    }

    /**
     * Like {@link #insert(ClockRecord, Instant, String, String)} with the clock's business calendar at
     * hand; answers when the new clock will be at risk (null for never).
     */
    public Instant insert(ClockRecord clock, Instant at, String event, String detail, BusinessCalendar calendar) {
        var atRiskAt = atRisk.firstWarning(clock, at, calendar);
        rows.insertClock(clock, atRiskAt);
        record(clock, at, event, detail);
        return atRiskAt;
    }

    /** Stores the new state of a clock and re-arms its at-risk warning. */
    public void update(ClockRecord clock, Instant at, String event, String detail) {
        var before = rows.clock(clock.id()).orElseThrow();
        rows.updateClock(clock);
        record(clock, at, event, detail);
        atRisk.changed(before, clock, at);
    }

    public void scheduleWait(String timer, Instant due) {
        timers.schedule(TimerSchedule.CUSTOMER_WAIT_TASK, timer, due);
    }

    public void cancelWait(RequestRecord request) {
        timers.cancel(TimerSchedule.CUSTOMER_WAIT_TASK, request.waitTimer());
    }

    private void record(ClockRecord clock, Instant at, String event, String detail) {
        timelines.add(clock.tenantId(), clock.requestId(), new TimelineEntry(at, clock.kind(), event, detail));
    }
}
