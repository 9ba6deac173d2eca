package org.helpline.requests.internal;

import java.util.UUID;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.requests.SeverityChange;
import org.helpline.requests.StatusChange;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.SlaManagement;
import org.helpline.tenancy.TenantManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Status and severity changes, with what each does to the SLA clocks: awaiting the customer pauses
 * the update clock, resolving stops the clocks, reopening restarts them, and a new severity
 * recomputes the targets. A severity change is for agents, needs a reason and stays within the
 * severities the contract allows.
 */
@Component
public class Handling {

    private final RequestChanges changes;
    private final SlaManagement sla;
    private final TenantManagement tenants;
    private final Validation validation;
    private final ApplicationEventPublisher events;

    Handling(
            RequestChanges changes,
            SlaManagement sla,
            TenantManagement tenants,
            Validation validation,
            ApplicationEventPublisher events) {
        this.changes = changes;
        this.sla = sla;
        this.tenants = tenants;
        this.validation = validation;
        this.events = events;
    }

    public ServiceRequest changeStatus(Viewer viewer, UUID id, StatusChange change) {
        validation.check(change);
        var request = changes.visible(viewer, id);
        var now = changes.now();
        var from = request.status();
        var to = change.status();
        Lifecycle.check(from, to, viewer.isAgent(), request.resolvedAt(), now);
        changes.checkVersion(request, change.version());
        moveClocks(request, to);
        var resolvedAt = switch (to) {
            case RESOLVED -> now;
            case CLOSED -> request.resolvedAt() == null ? now : request.resolvedAt();
            default -> null;
        };
        var saved = changes.save(request, RequestState.of(request).withStatus(to, resolvedAt));
        var reason = blankToNull(change.reason());
        changes.statusChanged(saved, from, changes.change(viewer, "STATUS", from.name(), to.name(), reason, false));
        return saved;
    }

    public ServiceRequest changeSeverity(Viewer viewer, UUID id, SeverityChange change) {
        var request = changes.visible(viewer, id);
        if (!viewer.isAgent()) {
            throw new ForbiddenException("Only agents change the severity of a request.");
        }
        validation.check(change);
        changes.checkVersion(request, change.version());
        if (!request.status().isOpen()) {
            throw RuleViolated.notOpen(request.status());
        }
        if (request.severity() == change.severity()) {
            throw new InvalidInputException("severity", "is already " + change.severity());
        }
        var contract = tenants.profile(request.tenantId()).contract();
        var allowed = sla.allowedSeverities(request.organisationId(), request.category(), contract);
        if (!allowed.contains(change.severity())) {
            throw RuleViolated.severityNotAllowed(change.severity(), request.category(), allowed);
        }
        var now = changes.now();
        sla.severityChanged(request.id(), change.severity(), now);
        var saved = changes.save(request, RequestState.of(request).withSeverity(change.severity()));
        var reason = change.reason().strip();
        changes.record(
                saved,
                changes.change(
                        viewer,
                        "SEVERITY",
                        request.severity().name(),
                        change.severity().name(),
                        reason,
                        false),
                "request.severity-changed",
                request.severity() + " -> " + change.severity() + "; reason: " + reason);
        events.publishEvent(new RequestSeverityChanged(
                saved.id(),
                saved.tenantId(),
                saved.organisationId(),
                saved.number(),
                request.severity(),
                change.severity(),
                reason,
                false,
                now));
        return saved;
    }

    private void moveClocks(ServiceRequest request, RequestStatus to) {
        var now = changes.now();
        var from = request.status();
        if (Lifecycle.isReopen(from, to)) {
            sla.reopen(request.id(), now);
        } else if (from.isOpen() && !to.isOpen()) {
            sla.stop(request.id(), now);
        } else if (to == RequestStatus.AWAITING_CUSTOMER) {
            sla.awaitingCustomer(request.id(), now);
        } else if (from == RequestStatus.AWAITING_CUSTOMER) {
            sla.customerResponded(request.id(), now);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
