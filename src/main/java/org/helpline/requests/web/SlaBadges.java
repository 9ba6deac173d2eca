package org.helpline.requests.web;

import java.time.Instant;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.web.SlaBadge.State;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaSummary;

/**
 * Which badge an SLA clock or a request's nearest deadline shows now. A running clock whose
 * deadline has come is breached, and one past its at-risk instant (75% of the target used) is at
 * risk, even before the timers have marked it: the page says what is true when it is read.
 */
final class SlaBadges {

    private SlaBadges() {}

    static SlaBadge of(ClockView clock, Instant now) {
        return switch (clock.state()) {
            case MET -> new SlaBadge(State.MET, null, null, clock.metAt(), null);
            case PAUSED -> new SlaBadge(State.PAUSED, null, null, null, clock.remaining());
            case STOPPED -> new SlaBadge(State.STOPPED, null, null, null, null);
            case BREACHED ->
                clock.metAt() != null
                        ? new SlaBadge(State.BREACHED, null, null, clock.metAt(), null)
                        : new SlaBadge(State.BREACHED, clock.due(), null, null, null);
            case RUNNING -> owed(clock.due(), clock.atRisk(), now);
        };
    }

    /** The badge of a request in a list: its nearest deadline still owed, or why there is none. */
    static SlaBadge of(SlaSummary summary, RequestStatus status, Instant now) {
        if (summary.nearestDue() != null && status.isOpen()) {
            return owed(summary.nearestDue(), summary.atRiskFrom(), now);
        }
        if (summary.breached()) {
            return new SlaBadge(State.BREACHED, null, null, null, null);
        }
        if (status == RequestStatus.AWAITING_CUSTOMER) {
            return new SlaBadge(State.PAUSED, null, null, null, null);
        }
        return new SlaBadge(State.NONE, null, null, null, null);
    }

    private static SlaBadge owed(Instant due, Instant atRisk, Instant now) {
        if (due == null) {
            return new SlaBadge(State.NONE, null, null, null, null);
        }
        if (!now.isBefore(due)) {
            return new SlaBadge(State.BREACHED, due, null, null, null);
        }
        if (atRisk != null && !now.isBefore(atRisk)) {
            return new SlaBadge(State.AT_RISK, due, atRisk, null, null);
        }
        return new SlaBadge(State.RUNNING, due, atRisk, null, null);
    }
}
