package org.helpline.requests.internal;

import java.time.Instant;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaState;

/**
 * Copies what the queue orders and filters by from the request's clocks: the nearest pending
 * deadline, and the instant from which it is at risk: when 75% of its target is used, the moment
 * its agent is alerted ({@link org.helpline.sla.SlaAtRisk}). A breached clock stays pending until it
 * is answered, so breached requests lead the queue; a paused clock has no deadline.
 */
final class QueueDeadline {

    private QueueDeadline() {}

    static RequestState apply(RequestState state, SlaState sla) {
        Instant firstDue = state.firstResponseDue();
        Instant nextDue = null;
        ClockView nearest = null;
        for (var clock : sla.clocks()) {
            if (clock.kind() == ClockKind.FIRST_RESPONSE && clock.due() != null) {
                firstDue = clock.due();
            }
            if (clock.kind() == ClockKind.NEXT_UPDATE && clock.state() == ClockState.RUNNING) {
                nextDue = clock.due();
            }
            if (pending(clock, state) && (nearest == null || clock.due().isBefore(nearest.due()))) {
                nearest = clock;
            }
        }
        if (nearest == null || !state.status().isOpen()) {
            return state.withDeadlines(firstDue, state.status().isOpen() ? nextDue : null, null, null);
        }
        var atRisk = nearest.atRisk() != null ? nearest.atRisk() : nearest.due();
        return state.withDeadlines(firstDue, nextDue, nearest.due(), atRisk);
    }

    private static boolean pending(ClockView clock, RequestState state) {
        if (clock.due() == null || clock.metAt() != null) {
            return false;
        }
        if (clock.state() == ClockState.RUNNING) {
            return true;
        }
        boolean answered = clock.kind() == ClockKind.FIRST_RESPONSE && state.firstResponseAt() != null;
        return clock.state() == ClockState.BREACHED && !answered;
    }
}
