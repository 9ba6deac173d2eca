package org.helpline.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.helpline.audit.AuditTrail;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.RequestStatusChanged;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.StaleEditException;
import org.helpline.sla.SlaManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Revisions: how any change of a filed request is stored, whoever makes it ({@link Handling}, the
 * {@link Conversation}, a reply by e-mail, an SLA event). Finds the request for the viewer (404 when
 * they may not see it), checks the version the caller read (409 when stale), writes the new state
 * with the queue's copy of the SLA deadlines, and records the change in the history and the audit
 * trail. It decides nothing: the rules live with whoever asks for the change.
 */
@Component
class Revisions {

    private final ServiceRequests requests;
    private final RequestHistory history;
    private final AuditTrail audit;
    private final SlaManagement sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Revisions(
            ServiceRequests requests,
            RequestHistory history,
            AuditTrail audit,
            SlaManagement sla,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.history = history;
        this.audit = audit;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** @throws NotFoundException when the viewer may not see the request, exactly as when it does not exist */
    ServiceRequest visible(Viewer viewer, UUID id) {
        return requests.find(viewer, id).orElseThrow(() -> new NotFoundException("Request", id));
    }

    /** @throws StaleEditException when the request changed since the caller read {@code version} */
    void checkVersion(ServiceRequest request, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required: send the version you read, or an If-Match header");
        }
        if (request.version() != version) {
            throw new StaleEditException("Request", request.id());
        }
    }

    /** Writes the new state if nobody changed the request since it was read, and returns it as stored. */
    ServiceRequest save(ServiceRequest request, RequestState state) {
        var now = clock.instant();
        var synced = QueueDeadline.apply(state, sla.state(request.id(), now));
        if (!requests.update(request.tenantId(), request.id(), request.version(), synced, now)) {
            throw new StaleEditException("Request", request.id());
        }
        return requests.findForSystem(request.id()).orElseThrow();
    }

    void record(ServiceRequest request, RequestHistory.Change change, String auditAction, String details) {
        history.append(request.tenantId(), request.id(), change);
        audit.record(auditAction, request.tenantId(), request.number(), details);
    }

    /**
     * The state after the customer wrote, on the portal or by e-mail: a request awaiting the customer
     * goes back in progress and its paused update clock resumes.
     */
    RequestState customerWrote(ServiceRequest request) {
        if (request.status() == RequestStatus.AWAITING_CUSTOMER) {
            sla.customerResponded(request.id(), clock.instant());
        }
        return RequestState.of(request).customerAnswered();
    }

    /** Records that {@code request} moved from status {@code from} ({@code change} says who and why) and announces it. */
    void statusChanged(ServiceRequest request, RequestStatus from, RequestHistory.Change change) {
        var to = request.status();
        var reason = change.reason();
        record(
                request,
                change,
                "request.status-changed",
                from + " -> " + to + (reason == null ? "" : "; reason: " + reason));
        events.publishEvent(new RequestStatusChanged(
                request.id(),
                request.tenantId(),
                request.organisationId(),
                request.number(),
                from,
                to,
                reason,
                change.at()));
    }

    /** A change made by a person. */
    RequestHistory.Change change(Viewer viewer, String kind, String from, String to, String reason, boolean internal) {
        return new RequestHistory.Change(
                clock.instant(), viewer.userId(), viewer.name(), kind, from, to, reason, internal, null);
    }
}
