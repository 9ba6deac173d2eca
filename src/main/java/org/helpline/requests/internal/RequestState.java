package org.helpline.requests.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.sla.Severity;

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
        return new RequestState(
                value,
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

    public RequestState withStatus(RequestStatus value, Instant resolved) {
        return new RequestState(
                severity,
                value,
                assigneeId,
                assigneeName,
                firstResponseAt,
                firstResponseDue,
                nextUpdateDue,
                slaDueAt,
                slaRiskAt,
                breached,
                resolved);
    }

    public RequestState withAssignee(UUID id, String name) {
        return new RequestState(
                severity,
                status,
                id,
                name,
                firstResponseAt,
                firstResponseDue,
                nextUpdateDue,
                slaDueAt,
                slaRiskAt,
                breached,
                resolvedAt);
    }

    public RequestState withFirstResponseAt(Instant value) {
        return new RequestState(
                severity,
                status,
                assigneeId,
                assigneeName,
                value,
                firstResponseDue,
                nextUpdateDue,
                slaDueAt,
                slaRiskAt,
                breached,
                resolvedAt);
    }

    public RequestState withBreached() {
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
                true,
                resolvedAt);
    }

    public RequestState withDeadlines(Instant firstDue, Instant nextDue, Instant dueAt, Instant riskAt) {
        return new RequestState(
                severity,
                status,
                assigneeId,
                assigneeName,
                firstResponseAt,
                firstDue,
                nextDue,
                dueAt,
                riskAt,
                breached,
                resolvedAt);
    }
}
