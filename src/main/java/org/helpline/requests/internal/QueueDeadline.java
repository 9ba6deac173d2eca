package org.helpline.requests.internal;

import java.time.Duration;
import java.time.Instant;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaState;

/**
 * Copies what the queue orders and filters by from the request's clocks: the nearest pending
 * deadline, and the instant from which it is at risk (a quarter of its target before it, at most
 * {@link #MAX_RISK_WINDOW}). A breached clock stays pending until it is answered, so breached
 * requests lead the queue; a paused clock has no deadline.
 */
public final class QueueDeadline {

    public static final Duration MAX_RISK_WINDOW = Duration.ofHours(2);

    private QueueDeadline() {}

    public static RequestState apply(RequestState state, SlaState sla) {
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
        return state.withDeadlines(
                firstDue, nextDue, nearest.due(), nearest.due().minus(riskWindow(nearest.target())));
    }

    static Duration riskWindow(Duration target) {
        if (target == null || target.isNegative()) {
            return MAX_RISK_WINDOW;
        }
        var quarter = target.dividedBy(4);
        return quarter.compareTo(MAX_RISK_WINDOW) < 0 ? quarter : MAX_RISK_WINDOW;
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
