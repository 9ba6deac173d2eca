package org.helpline.requests.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.helpline.requests.ServiceRequest;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaState;
import org.helpline.sla.SlaSummary;
import org.helpline.sla.TimelineEntry;

/**
 * A request's SLA as the API shows it: the deadlines, and on a single request each clock (target,
 * due, time left or breached by, in minutes) with the timeline that explains it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SlaResponse(
        Instant firstResponseDue,
        Instant firstResponseAt,
        Instant nextUpdateDue,
        Instant dueAt,
        boolean atRisk,
        boolean breached,
        List<Clock> clocks,
        List<TimelineEntry> timeline) {

    /** One clock; {@code remainingMinutes} is negative and {@code breachedByMinutes} set once it is breached. */
    record Clock(
            ClockKind kind,
            ClockState state,
            long targetMinutes,
            boolean calendarTime,
            Instant due,
            Instant metAt,
            Instant breachedAt,
            Long remainingMinutes,
            Long breachedByMinutes) {

        static Clock of(ClockView view) {
            var remaining = view.remaining() == null ? null : view.remaining().toMinutes();
            var breachedBy = view.remaining() != null && view.remaining().isNegative()
                    ? view.remaining().negated().toMinutes()
                    : null;
            return new Clock(
                    view.kind(),
                    view.state(),
                    minutes(view.target()),
                    view.calendarTime(),
                    view.due(),
                    view.metAt(),
                    view.breachedAt(),
                    remaining,
                    breachedBy);
        }
    }

    static SlaResponse of(ServiceRequest request, SlaSummary summary, Instant now, SlaState state) {
        return new SlaResponse(
                summary.firstResponseDue(),
                request.firstResponseAt(),
                summary.nextUpdateDue(),
                summary.nearestDue(),
                summary.atRisk(now),
                summary.breached(),
                state == null ? null : state.clocks().stream().map(Clock::of).toList(),
                state == null ? null : state.timeline());
    }

    private static long minutes(Duration duration) {
        return duration == null ? 0 : duration.toMinutes();
    }
}
