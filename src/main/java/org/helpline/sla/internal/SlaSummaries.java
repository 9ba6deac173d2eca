package org.helpline.sla.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaSummary;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Sums up the clocks of requests as {@link SlaSummary}: for any number of requests one read of their
 * SLA rows and one of their clocks, with each policy's calendar resolved once.
 */
@Component
class SlaSummaries {

    private final RequestClocks rows;
    private final PolicyResolver policies;

    SlaSummaries(RequestClocks rows, PolicyResolver policies) {
        this.rows = rows;
        this.policies = policies;
    }

    /** The summary of each of these requests that has clocks, by request id. */
    Map<UUID, SlaSummary> of(Collection<UUID> requestIds, Instant now) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        var clocks = rows.clocksOf(requestIds);
        var calendars = new HashMap<PolicyKey, BusinessCalendar>();
        var summaries = new HashMap<UUID, SlaSummary>();
        for (var request : rows.findRequests(requestIds)) {
            var calendar = calendars.computeIfAbsent(PolicyKey.of(request), this::calendar);
            var views = clocks.getOrDefault(request.requestId(), List.of()).stream()
                    .map(clock -> ClockMath.view(clock, calendar, now))
                    .toList();
            summaries.put(request.requestId(), summarise(views, request.closedAt() != null));
        }
        return summaries;
    }

    BusinessCalendar calendar(RequestRecord request) {
        return calendar(PolicyKey.of(request));
    }

    private BusinessCalendar calendar(PolicyKey key) {
        return policies.resolve(key.organisationId(), key.category(), key.severity(), key.zone())
                .map(ResolvedPolicy::businessCalendar)
                .orElse(null);
    }

    /**
     * The deadlines of a request's clocks as they stand: once it is resolved or closed nothing is
     * owed; before that, the nearest of the deadlines still owed, and when it becomes at risk (its
     * deadline itself for a clock past the point of warning).
     */
    static SlaSummary summarise(List<ClockView> clocks, boolean closed) {
        Instant firstDue = null;
        Instant nextDue = null;
        ClockView nearest = null;
        boolean breached = false;
        for (var clock : clocks) {
            breached |= clock.breachedAt() != null;
            if (clock.kind() == ClockKind.FIRST_RESPONSE) {
                firstDue = clock.due();
            }
            if (clock.kind() == ClockKind.NEXT_UPDATE && clock.state() == ClockState.RUNNING && !closed) {
                nextDue = clock.due();
            }
            if (owed(clock) && (nearest == null || clock.due().isBefore(nearest.due()))) {
                nearest = clock;
            }
        }
        if (nearest == null || closed) {
            return new SlaSummary(firstDue, nextDue, null, null, breached);
        }
        var atRisk = nearest.atRisk() != null ? nearest.atRisk() : nearest.due();
        return new SlaSummary(firstDue, nextDue, nearest.due(), atRisk, breached);
    }

    private static boolean owed(ClockView clock) {
        if (clock.due() == null || clock.metAt() != null) {
            return false;
        }
        return clock.state() == ClockState.RUNNING || clock.state() == ClockState.BREACHED;
    }

    private record PolicyKey(String organisationId, RequestCategory category, Severity severity, ZoneId zone) {
        static PolicyKey of(RequestRecord request) {
            return new PolicyKey(
                    request.organisationId(), request.category(), request.severity(), request.tenantZone());
        }
    }
}
