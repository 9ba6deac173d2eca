package org.helpline.requests.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.RequestStatusChanged;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Severity;

/**
 * The columns of a request that change after filing, written together under the version check.
 * Each change is a named method that checks its rule and records the event it causes, which {@link
 * Revisions} publishes once the state is stored. Deadlines are not here: they are sla's.
 */
record RequestState(
        Severity severity,
        RequestStatus status,
        UUID assigneeId,
        String assigneeName,
        Instant firstResponseAt,
        Instant resolvedAt,
        List<Announcement> recorded) {

    /** An event a change recorded, told about the request once it is stored. */
    @FunctionalInterface
    interface Announcement {
        Object about(ServiceRequest stored);
    }

    RequestState {
        recorded = List.copyOf(recorded);
    }

    static RequestState of(ServiceRequest request) {
        return new RequestState(
                request.severity(),
                request.status(),
                request.assigneeId(),
                request.assigneeName(),
                request.firstResponseAt(),
                request.resolvedAt(),
                List.of());
    }

    /** A request just filed: new and unassigned; records {@link RequestOpened}. */
    static RequestState filed(Severity severity, Instant firstResponseDue) {
        return new RequestState(
                severity,
                RequestStatus.NEW,
                null,
                null,
                null,
                null,
                List.of(request -> opened(request, firstResponseDue)));
    }

    private static RequestOpened opened(ServiceRequest request, Instant firstResponseDue) {
        return new RequestOpened(
                request.id(),
                request.tenantId(),
                request.organisationId(),
                request.number(),
                request.category(),
                request.severity(),
                request.routing().handledBy(),
                request.routing().partnerId(),
                request.channel(),
                request.serviceId(),
                request.contact(),
                firstResponseDue,
                request.receivedAt());
    }

    /** The events the changes since the request was read recorded, about the request as stored. */
    List<Object> events(ServiceRequest stored) {
        return recorded.stream().map(event -> event.about(stored)).toList();
    }

    /**
     * Moves the request along its {@link Lifecycle}: resolving notes when, closing keeps the first
     * resolution (or notes now), and any open status forgets it.
     *
     * @throws RuleViolated when the lifecycle does not allow the move or the reopen window passed
     * @throws org.helpline.shared.ForbiddenException when a customer tries a move that is for agents
     */
    RequestState moveTo(RequestStatus to, boolean byAgent, String reason, Instant now) {
        Lifecycle.check(status, to, byAgent, resolvedAt, now);
        var resolved = switch (to) {
            case RESOLVED -> now;
            case CLOSED -> resolvedAt == null ? now : resolvedAt;
            default -> null;
        };
        return changed(next -> next.move(to, resolved, reason, now));
    }

    /**
     * A new severity for an open request; whether the contract allows it is the caller's check.
     *
     * @throws RuleViolated when the request is no longer open
     * @throws InvalidInputException when it already has that severity
     */
    RequestState changeSeverity(Severity to, String reason, Instant at) {
        requireOpen();
        if (severity == to) {
            throw new InvalidInputException("severity", "is already " + to);
        }
        return changed(next -> next.severity(to, reason, false, at));
    }

    /** Helpline lowered the severity because the customer did not respond. */
    RequestState downgradeTo(Severity to, String reason, Instant at) {
        return changed(next -> next.severity(to, reason, true, at));
    }

    /**
     * Gives an open request to an agent, or back to the queue with a null id.
     *
     * @throws RuleViolated when the request is no longer open
     */
    RequestState assign(UUID assigneeId, String name) {
        requireOpen();
        return changed(next -> {
            next.assigneeId = assigneeId;
            next.assigneeName = name;
        });
    }

    /**
     * An agent answered in the thread: the first answer meets the first response (noted {@code at}
     * unless met before), and a new request is now in progress.
     */
    RequestState agentAnswered(Instant at) {
        return changed(next -> {
            if (next.firstResponseAt == null) {
                next.firstResponseAt = at;
            }
            if (next.status == RequestStatus.NEW) {
                next.move(RequestStatus.IN_PROGRESS, null, null, at);
            }
        });
    }

    /** The customer wrote {@code at}: a request awaiting them is back in progress. */
    RequestState customerAnswered(Instant at) {
        if (status != RequestStatus.AWAITING_CUSTOMER) {
            return this;
        }
        return changed(next -> next.move(RequestStatus.IN_PROGRESS, null, null, at));
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw RuleViolated.notOpen(status);
        }
    }

    private RequestState changed(Consumer<Draft> change) {
        var draft = new Draft(this);
        change.accept(draft);
        return draft.state();
    }

    /** A copy of a state to change a few columns of, recording what happened; every change goes through it. */
    private static final class Draft {
        private Severity severity;
        private RequestStatus status;
        private UUID assigneeId;
        private String assigneeName;
        private Instant firstResponseAt;
        private Instant resolvedAt;
        private final List<Announcement> recorded;

        private Draft(RequestState from) {
            severity = from.severity;
            status = from.status;
            assigneeId = from.assigneeId;
            assigneeName = from.assigneeName;
            firstResponseAt = from.firstResponseAt;
            resolvedAt = from.resolvedAt;
            recorded = new ArrayList<>(from.recorded);
        }

        private void move(RequestStatus to, Instant resolved, String reason, Instant at) {
            var from = status;
            status = to;
            resolvedAt = resolved;
            recorded.add(request -> new RequestStatusChanged(
                    request.id(),
                    request.tenantId(),
                    request.organisationId(),
                    request.number(),
                    from,
                    to,
                    reason,
                    at));
        }

        private void severity(Severity to, String reason, boolean automatic, Instant at) {
            var from = severity;
            severity = to;
            recorded.add(request -> new RequestSeverityChanged(
                    request.id(),
                    request.tenantId(),
                    request.organisationId(),
                    request.number(),
                    from,
                    to,
                    reason,
                    automatic,
                    at));
        }

        private RequestState state() {
            return new RequestState(severity, status, assigneeId, assigneeName, firstResponseAt, resolvedAt, recorded);
        }
    }
}
