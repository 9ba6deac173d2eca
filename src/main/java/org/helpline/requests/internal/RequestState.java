package org.helpline.requests.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Severity;
import org.helpline.sla.Deadlines;

/**
 * The columns of a request that change after filing, written together under the version check.
 * Each change is a named method that checks its rule; the deadlines are the queue's copy of the SLA
 * clocks.
 */
record RequestState(
        Severity severity,
        RequestStatus status,
        UUID assigneeId,
        String assigneeName,
        Instant firstResponseAt,
        Instant firstResponseDue,
        Instant nextUpdateDue,
        Instant slaDueAt,
        Instant slaRiskAt,
        boolean breached,
        Instant resolvedAt) {

    static RequestState of(ServiceRequest request) {
        return new RequestState(
                request.severity(),
                request.status(),
                request.assigneeId(),
                request.assigneeName(),
                request.firstResponseAt(),
                request.firstResponseDue(),
                request.nextUpdateDue(),
                request.slaDueAt(),
                request.slaRiskAt(),
                request.breached(),
                request.resolvedAt());
    }

    /** A request just filed: new, unassigned, with the first targets its SLA clocks set. */
    static RequestState filed(Severity severity, Deadlines deadlines) {
        return new RequestState(
                severity,
                RequestStatus.NEW,
                null,
                null,
                null,
                deadlines.firstResponseDue(),
                deadlines.nextUpdateDue(),
                null,
                null,
                false,
                null);
    }

    /**
     * Moves the request along its {@link Lifecycle}: resolving notes when, closing keeps the first
     * resolution (or notes now), and any open status forgets it.
     *
     * @throws RuleViolated when the lifecycle does not allow the move or the reopen window passed
     * @throws org.helpline.shared.ForbiddenException when a customer tries a move that is for agents
     */
    RequestState moveTo(RequestStatus to, boolean byAgent, Instant now) {
        Lifecycle.check(status, to, byAgent, resolvedAt, now);
        var resolved = switch (to) {
            case RESOLVED -> now;
            case CLOSED -> resolvedAt == null ? now : resolvedAt;
            default -> null;
        };
        return changed(next -> {
            next.status = to;
            next.resolvedAt = resolved;
        });
    }

    /**
     * A new severity for an open request; whether the contract allows it is the caller's check.
     *
     * @throws RuleViolated when the request is no longer open
     * @throws InvalidInputException when it already has that severity
     */
    RequestState changeSeverity(Severity to) {
        requireOpen();
        if (severity == to) {
            throw new InvalidInputException("severity", "is already " + to);
        }
        return changed(next -> next.severity = to);
    }

    /** Helpline lowered the severity because the customer did not respond. */
    RequestState downgradeTo(Severity to) {
        return changed(next -> next.severity = to);
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
                next.status = RequestStatus.IN_PROGRESS;
                next.resolvedAt = null;
            }
        });
    }

    /** The customer wrote: a request awaiting them is back in progress. */
    RequestState customerAnswered() {
        if (status != RequestStatus.AWAITING_CUSTOMER) {
            return this;
        }
        return changed(next -> {
            next.status = RequestStatus.IN_PROGRESS;
            next.resolvedAt = null;
        });
    }

    /** An SLA deadline passed; a breach stays recorded whatever happens next. */
    RequestState breach() {
        return changed(next -> next.breached = true);
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw RuleViolated.notOpen(status);
        }
    }

    RequestState withDeadlines(Instant firstDue, Instant nextDue, Instant dueAt, Instant riskAt) {
        return changed(next -> {
            next.firstResponseDue = firstDue;
            next.nextUpdateDue = nextDue;
            next.slaDueAt = dueAt;
            next.slaRiskAt = riskAt;
        });
    }

    private RequestState changed(Consumer<Draft> change) {
        var draft = new Draft(this);
        change.accept(draft);
        return draft.state();
    }

    /** A copy of a state to change a few columns of; every {@code with} method goes through it. */
    private static final class Draft {
        private Severity severity;
        private RequestStatus status;
        private UUID assigneeId;
        private String assigneeName;
        private Instant firstResponseAt;
        private Instant firstResponseDue;
        private Instant nextUpdateDue;
        private Instant slaDueAt;
        private Instant slaRiskAt;
        private boolean breached;
        private Instant resolvedAt;

        private Draft(RequestState from) {
            severity = from.severity;
            status = from.status;
            assigneeId = from.assigneeId;
            assigneeName = from.assigneeName;
            firstResponseAt = from.firstResponseAt;
            firstResponseDue = from.firstResponseDue;
            nextUpdateDue = from.nextUpdateDue;
            slaDueAt = from.slaDueAt;
            slaRiskAt = from.slaRiskAt;
            breached = from.breached;
            resolvedAt = from.resolvedAt;
        }

        private RequestState state() {
            return new RequestState(
                    severity,
                    status,
                    assigneeId,
                    assigneeName,
                    firstResponseAt,
                    firstResponseDue,
                    nextUpdateDue,
                    slaDueAt,
                    slaRiskAt,
                    breached,
                    resolvedAt);
        }
    }
}
