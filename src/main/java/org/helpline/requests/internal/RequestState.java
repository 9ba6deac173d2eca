package org.helpline.requests.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.Severity;

/** The columns of a request that change after intake, written together under the version check. */
public record RequestState(
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

    public static RequestState of(ServiceRequest request) {
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

    public RequestState withSeverity(Severity value) {
        return changed(next -> next.severity = value);
    }

    public RequestState withStatus(RequestStatus value, Instant resolved) {
        return changed(next -> {
            next.status = value;
            next.resolvedAt = resolved;
        });
    }

    public RequestState withAssignee(UUID id, String name) {
        return changed(next -> {
            next.assigneeId = id;
            next.assigneeName = name;
        });
    }

    public RequestState withFirstResponseAt(Instant value) {
        return changed(next -> next.firstResponseAt = value);
    }

    public RequestState withBreached() {
        return changed(next -> next.breached = true);
    }

    public RequestState withDeadlines(Instant firstDue, Instant nextDue, Instant dueAt, Instant riskAt) {
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
