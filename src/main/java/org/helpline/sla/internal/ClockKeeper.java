package org.helpline.sla.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockStart;
import org.helpline.sla.ClockState;
import org.helpline.sla.Deadlines;
import org.helpline.sla.SlaBreached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Starts, meets, restarts and stops the clocks of a request, keeping their at-risk warnings and
 * timeline in step. Callers hold the transaction; every change locks the request's SLA row first.
 */
@Component
class ClockKeeper {

    private final RequestClocks rows;
    private final ClockChanges changes;
    private final PolicyResolver policies;
    private final ApplicationEventPublisher events;

    ClockKeeper(RequestClocks rows, ClockChanges changes, PolicyResolver policies, ApplicationEventPublisher events) {
        this.rows = rows;
        this.changes = changes;
        this.policies = policies;
        this.events = events;
    }

    public Deadlines start(ClockStart start) {
        var request = record(start);
        if (!rows.insertRequestIfAbsent(request)) {
            return deadlines(start.requestId());
        }
        return startFirstResponse(request, start);
    }

    /** Like {@link #start} for a request whose id was just made, so it cannot have clocks yet. */
    public Deadlines startNew(ClockStart start) {
        var request = record(start);
        rows.insertNewRequest(request);
        return startFirstResponse(request, start);
    }

    private static RequestRecord record(ClockStart start) {
        return new RequestRecord(
                start.tenantId(),
                start.requestId(),
                start.organisationId(),
                start.category(),
                start.severity(),
                start.tenantZone(),
                start.receivedAt(),
                null,
                null,
                null,
                null);
    }

    private Deadlines startFirstResponse(RequestRecord request, ClockStart start) {
        var policy = policies.resolve(start.organisationId(), start.category(), start.severity(), start.tenantZone())
                .orElseThrow(() -> new InvalidInputException(
                        "severity",
                        "there is no SLA policy for " + start.category() + " severity " + start.severity()));
        var due = policy.businessCalendar().addBusinessTime(start.receivedAt(), policy.firstResponse());
        var clock = ClockRecord.started(
                request,
                ClockKind.FIRST_RESPONSE,
                policy.firstResponse(),
                policy.calendarTime(),
                policy.calendar().id(),
                start.receivedAt(),
                due);
        var atRisk = changes.insert(
                clock,
                start.receivedAt(),
                "STARTED",
                Describe.started(policy, start.receivedAt(), due),
                policy.businessCalendar());
        return new Deadlines(due, null, atRisk == null ? due : atRisk);
    }

    public Deadlines firstResponseGiven(UUID requestId, Instant at) {
        var request = lock(requestId);
        var first = clock(requestId, ClockKind.FIRST_RESPONSE).orElseThrow();
        if (first.is(ClockState.RUNNING) && first.due().isBefore(at)) {
            changes.update(
                    first.metLate(at), at, "BREACHED", "The first response came " + Describe.late(first.due(), at));
            events.publishEvent(new SlaBreached(
                    requestId,
                    request.tenantId(),
                    request.organisationId(),
                    ClockKind.FIRST_RESPONSE,
                    first.due(),
                    at));
        } else if (first.is(ClockState.RUNNING)) {
            changes.update(first.met(at), at, "MET", "First response " + Describe.ahead(at, first.due()));
        } else if (first.is(ClockState.BREACHED) && first.metAt() == null) {
            changes.update(first.metLate(at), at, "MET", "First response given " + Describe.late(first.due(), at));
        } else {
            return deadlines(requestId);
        }
        startUpdateClock(request, at);
        return deadlines(requestId);
    }

    public Deadlines updateGiven(UUID requestId, Instant at) {
        lock(requestId);
        var first = clock(requestId, ClockKind.FIRST_RESPONSE).orElseThrow();
        if (first.pending()) {
            return firstResponseGiven(requestId, at);
        }
        clock(requestId, ClockKind.NEXT_UPDATE).ifPresent(update -> {
            if (update.is(ClockState.RUNNING) || update.is(ClockState.BREACHED)) {
                var restarted = update.restarted(at, update.target());
                changes.update(restarted, at, "RESTARTED", "Update given; next update due " + restarted.due());
            } else if (update.is(ClockState.PAUSED)) {
                changes.update(
                        update.restartedWhilePaused(),
                        at,
                        "RESTARTED",
                        "Update given while waiting for the customer; the full cadence runs when the customer answers");
            }
        });
        return deadlines(requestId);
    }

    public void stop(UUID requestId, Instant at) {
        var request = lock(requestId);
        for (var clock : rows.clocks(requestId)) {
            boolean owed = clock.is(ClockState.RUNNING)
                    || clock.is(ClockState.PAUSED)
                    || (clock.kind() == ClockKind.NEXT_UPDATE && clock.is(ClockState.BREACHED));
            if (owed) {
                changes.update(clock.stopped(), at, "STOPPED", "The request was resolved or closed");
            }
        }
        changes.cancelWait(request);
        rows.updateRequest(request.withWait(null, null, null).withClosedAt(at));
    }

    public Deadlines reopen(UUID requestId, Instant at) {
        var request = lock(requestId);
        rows.updateRequest(request.withClosedAt(null));
        var first = clock(requestId, ClockKind.FIRST_RESPONSE).orElseThrow();
        if (first.metAt() != null) {
            startUpdateClock(request.withClosedAt(null), at);
        }
        return deadlines(requestId);
    }

    /** Starts (or restarts) the update clock when the request's policy has a cadence (severity A). */
    void startUpdateClock(RequestRecord request, Instant at) {
        var cadence = policies.resolve(
                        request.organisationId(), request.category(), request.severity(), request.tenantZone())
                .map(ResolvedPolicy::updateCadence);
        if (cadence.isEmpty() || cadence.get() == null) {
            return;
        }
        var due = at.plus(cadence.get());
        var existing = clock(request.requestId(), ClockKind.NEXT_UPDATE);
        if (existing.isEmpty()) {
            changes.insert(
                    ClockRecord.started(request, ClockKind.NEXT_UPDATE, cadence.get(), true, null, at, due),
                    at,
                    "STARTED",
                    "Updates at least every " + Describe.duration(cadence.get()) + "; next due " + due);
        } else if (!existing.get().is(ClockState.RUNNING) && !existing.get().is(ClockState.PAUSED)) {
            var restarted = existing.get().restarted(at, cadence.get());
            changes.update(
                    restarted,
                    at,
                    "RESTARTED",
                    "Updates at least every " + Describe.duration(cadence.get()) + "; next due " + due);
        }
    }

    public Deadlines deadlines(UUID requestId) {
        var request = rows.findRequest(requestId).orElseThrow(() -> new NotFoundException("SLA of request", requestId));
        if (request.closedAt() != null) {
            return new Deadlines(null, null);
        }
        var first = clock(requestId, ClockKind.FIRST_RESPONSE)
                .filter(ClockRecord::pending)
                .map(ClockRecord::due);
        var update = clock(requestId, ClockKind.NEXT_UPDATE)
                .filter(ClockRecord::pending)
                .map(ClockRecord::due);
        return new Deadlines(first.orElse(null), update.orElse(null));
    }

    RequestRecord lock(UUID requestId) {
        return rows.lockRequest(requestId).orElseThrow(() -> new NotFoundException("SLA of request", requestId));
    }

    Optional<ClockRecord> clock(UUID requestId, ClockKind kind) {
        return rows.clocks(requestId).stream()
                .filter(clock -> clock.kind() == kind)
                .findFirst();
    }
}
