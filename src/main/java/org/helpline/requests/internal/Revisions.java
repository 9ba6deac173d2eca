package org.helpline.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.RequestMessageAdded;
import org.helpline.requests.RequestStatus;
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
 * with the queue order of its SLA deadlines as they now stand, publishes the events the change recorded, and records
 * the change in the history and the audit trail. It decides nothing: the rules live with the {@link
 * RequestState} and whoever asks for the change.
 */
@Component
class Revisions {

    private final ServiceRequests requests;
    private final RequestHistory history;
    private final RequestMessages messages;
    private final AuditTrail audit;
    private final SlaManagement sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Revisions(
            ServiceRequests requests,
            RequestHistory history,
            RequestMessages messages,
            AuditTrail audit,
            SlaManagement sla,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.history = history;
        this.messages = messages;
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

    /** The request if the viewer may see it; empty exactly as when it does not exist. */
    java.util.Optional<ServiceRequest> visibleOptional(Viewer viewer, UUID id) {
        return requests.find(viewer, id);
    }

    /** The request as stored, for changes Helpline makes itself or has just made. */
    ServiceRequest visibleForSystem(UUID id) {
        return requests.findForSystem(id).orElseThrow(() -> new NotFoundException("Request", id));
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

    /**
     * Writes the new state if nobody changed the request since it was read, publishes the events its
     * changes recorded, and returns the request as stored.
     */
    ServiceRequest save(ServiceRequest request, RequestState state) {
        var now = clock.instant();
        var queueOrder = sla.summary(request.id(), now);
        if (!requests.update(request.tenantId(), request.id(), request.version(), state, queueOrder, now)) {
            throw new StaleEditException("Request", request.id());
        }
        var saved = requests.findForSystem(request.id()).orElseThrow();
        state.events(saved).forEach(events::publishEvent);
        return saved;
    }

    /** Adds {@code message}, written as {@code body}, to the thread of the stored {@code request} and announces it. */
    void addMessage(ServiceRequest request, RequestMessage message, String body) {
        messages.insert(request.tenantId(), request.id(), message, body);
        events.publishEvent(new RequestMessageAdded(
                request.id(),
                request.tenantId(),
                request.organisationId(),
                request.number(),
                message.id(),
                message.authorSide(),
                message.kind(),
                message.internal(),
                message.createdAt()));
    }

    void record(ServiceRequest request, RequestHistory.Change change, String auditAction, AuditDetails details) {
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
        return RequestState.of(request).customerAnswered(clock.instant());
    }

    /** Records that {@code request} moved from status {@code from}; {@code change} says who and why. */
    void statusChanged(ServiceRequest request, RequestStatus from, RequestHistory.Change change) {
        var reason = change.reason();
        record(
                request,
                change,
                "request.status-changed",
                AuditDetails.none().andChange("status", from, request.status()).andIfPresent("reason", reason));
    }

    /** A change made by a person. */
    RequestHistory.Change change(Viewer viewer, String kind, String from, String to, String reason, boolean internal) {
        return new RequestHistory.Change(
                clock.instant(), viewer.userId(), viewer.name(), kind, from, to, reason, internal, null);
    }
}
