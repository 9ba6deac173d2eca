package org.helpline.sla.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Waiting for the customer and changes of severity. While a request waits, its update clock is
 * paused (never its first-response clock) and a customer-wait timer runs on the policy's calendar
 * (R-19); a change of severity recomputes the first-response deadline from receipt and starts the
 * wait anew under the new policy, so a customer who stays silent is lowered step by step.
 */
@Component
class ClockAdjustments {

    private final ClockKeeper keeper;
    private final RequestClocks rows;
    private final ClockChanges changes;
    private final PolicyResolver policies;

    ClockAdjustments(ClockKeeper keeper, RequestClocks rows, ClockChanges changes, PolicyResolver policies) {
        this.keeper = keeper;
        this.rows = rows;
        this.changes = changes;
        this.policies = policies;
    }

    public Deadlines awaitingCustomer(UUID requestId, Instant at) {
        var request = keeper.lock(requestId);
        keeper.clock(requestId, ClockKind.NEXT_UPDATE)
                .filter(clock -> clock.is(ClockState.RUNNING))
                .ifPresent(clock -> {
                    var paused = clock.paused(at);
                    changes.update(
                            paused,
                            at,
                            "PAUSED",
                            "Waiting for the customer; " + Describe.duration(paused.remaining())
                                    + " left when the customer answers");
                });
        if (request.awaitingSince() == null) {
            startWait(request, at);
        }
        return keeper.deadlines(requestId);
    }

    public Deadlines customerResponded(UUID requestId, Instant at) {
        var request = keeper.lock(requestId);
        keeper.clock(requestId, ClockKind.NEXT_UPDATE)
                .filter(clock -> clock.is(ClockState.PAUSED))
                .ifPresent(clock -> {
                    var resumed = clock.resumed(at);
                    changes.update(
                            resumed,
                            at,
                            "RESUMED",
                            "The customer answered; " + Describe.duration(clock.remaining()) + " left, due "
                                    + resumed.due());
                });
        changes.cancelWait(request);
        rows.updateRequest(request.withWait(null, null, null));
        return keeper.deadlines(requestId);
    }

    public Deadlines severityChanged(UUID requestId, Severity severity, Instant at) {
        var request = keeper.lock(requestId);
        if (request.severity() == severity) {
            return keeper.deadlines(requestId);
        }
        var policy = policies.resolve(request.organisationId(), request.category(), severity, request.tenantZone())
                .orElseThrow(() -> new InvalidInputException(
                        "severity", "there is no SLA policy for " + request.category() + " severity " + severity));
        var change = "Severity " + request.severity() + " to " + severity;
        var changed = request.withSeverity(severity);
        rows.updateRequest(changed);
        retargetFirstResponse(requestId, policy, change, at);
        adjustUpdateClock(changed, policy, change, at);
        if (request.awaitingSince() != null) {
            changes.cancelWait(request);
            startWait(changed, at);
        }
        return keeper.deadlines(requestId);
    }

    private void retargetFirstResponse(UUID requestId, ResolvedPolicy policy, String change, Instant at) {
        keeper.clock(requestId, ClockKind.FIRST_RESPONSE)
                .filter(clock -> clock.is(ClockState.RUNNING))
                .ifPresent(clock -> {
                    var due = policy.businessCalendar().addBusinessTime(clock.startedAt(), policy.firstResponse());
                    changes.update(
                            clock.retargeted(
                                    policy.firstResponse(),
                                    policy.calendarTime(),
                                    policy.calendar().id(),
                                    due),
                            at,
                            "TARGET_CHANGED",
                            Describe.retargeted(change, policy, due));
                });
    }

    private void adjustUpdateClock(RequestRecord request, ResolvedPolicy policy, String change, Instant at) {
        var update = keeper.clock(request.requestId(), ClockKind.NEXT_UPDATE);
        if (policy.updateCadence() == null) {
            update.filter(clock -> clock.pending() || clock.is(ClockState.PAUSED))
                    .ifPresent(clock -> changes.update(clock.stopped(), at, "STOPPED", change + ": no update cadence"));
            return;
        }
        boolean responded = keeper.clock(request.requestId(), ClockKind.FIRST_RESPONSE)
                .map(clock -> clock.metAt() != null)
                .orElse(false);
        if (responded && request.closedAt() == null) {
            keeper.startUpdateClock(request, at);
        }
    }

    private void startWait(RequestRecord request, Instant at) {
        var policy = policies.resolve(
                request.organisationId(), request.category(), request.severity(), request.tenantZone());
        var limit = policy.map(ResolvedPolicy::customerWait).orElse(null);
        if (limit == null) {
            rows.updateRequest(request.withWait(at, null, null));
            return;
        }
        var due = policy.get().businessCalendar().addBusinessTime(at, limit);
        var timer = request.requestId() + "@" + due.toEpochMilli();
        changes.scheduleWait(timer, due);
        rows.updateRequest(request.withWait(at, timer, due));
    }
}
