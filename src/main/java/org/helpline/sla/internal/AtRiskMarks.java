package org.helpline.sla.internal;

import java.time.Duration;
import java.time.Instant;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Keeps a clock's at-risk instant in step with each change of the clock, in the change's
 * transaction: a running clock owes a warning when {@link ClockMath#AT_RISK_PERCENT}% of its target
 * is used, counted on the same calendar as its deadline and from the time it has left (so time
 * used before a pause counts); any other state owes none.
 */
@Component
class AtRiskMarks {

    private final AtRiskWarnings rows;
    private final RequestClocks clocks;
    private final PolicyResolver policies;

    AtRiskMarks(AtRiskWarnings rows, RequestClocks clocks, PolicyResolver policies) {
        this.rows = rows;
        this.clocks = clocks;
        this.policies = policies;
    }

    /**
     * When a new clock started at {@code at} owes its warning; null when it owes none. A new clock
     * has its whole target left, so only one walk over the calendar is needed (intake pays for it).
     */
    Instant firstWarning(ClockRecord clock, Instant at, BusinessCalendar calendar) {
        if (!clock.is(ClockState.RUNNING) || clock.due() == null) {
            return null;
        }
        var businessTime = businessTime(clock) ? (calendar != null ? calendar : calendarOf(clock)) : null;
        return ClockMath.atRisk(clock.target(), clock.target(), at, businessTime);
    }

    /**
     * After {@code clock} was stored at {@code at} in place of {@code before}: arms, moves or clears
     * its warning.
     */
    void changed(ClockRecord before, ClockRecord clock, Instant at) {
        if (!clock.is(ClockState.RUNNING) || clock.due() == null) {
            return; // storing a clock that does not run cleared its warning
        }
        boolean sameDeadline = before.is(ClockState.RUNNING)
                && before.due() != null
                && before.due().equals(clock.due())
                && before.target().equals(clock.target());
        if (sameDeadline) {
            return;
        }
        var atRisk = atRisk(clock, at, null);
        if (atRisk == null) {
            rows.disarm(clock.id());
        } else if (atRisk.isAfter(at)) {
            rows.arm(clock.id(), atRisk);
        } else {
            rows.armUnlessWarned(clock.id(), atRisk);
        }
    }

    private Instant atRisk(ClockRecord clock, Instant at, BusinessCalendar calendar) {
        var businessTime = businessTime(clock) ? (calendar != null ? calendar : calendarOf(clock)) : null;
        var left = businessTime == null
                ? Duration.between(at, clock.due())
                : businessTime.businessTimeBetween(at, clock.due());
        return ClockMath.atRisk(clock.target(), left, at, businessTime);
    }

    private static boolean businessTime(ClockRecord clock) {
        return clock.kind() != ClockKind.NEXT_UPDATE && !clock.calendarTime();
    }

    private BusinessCalendar calendarOf(ClockRecord clock) {
        return clocks.findRequest(clock.requestId())
                .flatMap(request -> policies.resolve(
                        request.organisationId(), request.category(), request.severity(), request.tenantZone()))
                .map(ResolvedPolicy::businessCalendar)
                .orElse(null);
    }
}
