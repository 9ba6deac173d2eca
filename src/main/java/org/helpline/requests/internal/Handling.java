package org.helpline.requests.internal;

import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.identity.UserAccount;
import org.helpline.identity.UserManagement;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.sla.SlaManagement;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling a request after it was filed: status changes along the {@link Lifecycle}, severity
 * changes and assignment, with what each does to the SLA clocks: awaiting the customer pauses the
 * update clock, resolving stops the clocks, reopening restarts them, and a new severity recomputes
 * the targets. A severity change is for agents, needs a reason and stays within the severities the
 * contract allows. Agents and supervisors of the handling organisation, or the agents of
 * the handling partner, take a request themselves or give it to a colleague of the same side.
 */
@Component
public class Handling {

    private final Revisions revisions;
    private final SlaManagement sla;
    private final TenantManagement tenants;
    private final Validation validation;
    private final UserManagement users;
    private final Viewers viewers;

    Handling(
            Revisions revisions,
            SlaManagement sla,
            TenantManagement tenants,
            Validation validation,
            UserManagement users,
            Viewers viewers) {
        this.revisions = revisions;
        this.sla = sla;
        this.tenants = tenants;
        this.validation = validation;
        this.users = users;
        this.viewers = viewers;
    }

    @Transactional
    public ServiceRequest changeStatus(HelplineUser user, UUID id, StatusChange change) {
        var viewer = viewers.of(user);
        validation.check(change);
        var request = revisions.visible(viewer, id);
        var now = revisions.now();
        var from = request.status();
        var to = change.status();
        var reason = blankToNull(change.reason());
        var moved = RequestState.of(request).moveTo(to, viewer.isAgent(), reason, now);
        revisions.checkVersion(request, change.version());
        moveClocks(request, to);
        var saved = revisions.save(request, moved);
        revisions.statusChanged(saved, from, revisions.change(viewer, "STATUS", from.name(), to.name(), reason, false));
        return saved;
    }

    @Transactional
    public ServiceRequest changeSeverity(HelplineUser agent, UUID id, SeverityChange change) {
        var viewer = viewers.of(agent);
        var request = revisions.visible(viewer, id);
        if (!viewer.isAgent()) {
            throw new ForbiddenException("Only agents change the severity of a request.");
        }
        validation.check(change);
        revisions.checkVersion(request, change.version());
        var reason = change.reason().strip();
        var now = revisions.now();
        var changed = RequestState.of(request).changeSeverity(change.severity(), reason, now);
        var contract = tenants.profile(request.tenantId()).contract();
        var allowed = sla.allowedSeverities(request.organisationId(), request.category(), contract);
        if (!allowed.contains(change.severity())) {
            throw RuleViolated.severityNotAllowed(change.severity(), request.category(), allowed);
        }
        sla.severityChanged(request.id(), change.severity(), now);
        var saved = revisions.save(request, changed);
        revisions.record(
                saved,
                revisions.change(
                        viewer,
                        "SEVERITY",
                        request.severity().name(),
                        change.severity().name(),
                        reason,
                        false),
                "request.severity-changed",
                AuditDetails.none()
                        .andChange("severity", request.severity(), change.severity())
                        .andIfPresent("reason", reason));
        return saved;
    }

    @Transactional
    public ServiceRequest assign(HelplineUser agent, UUID id, Assignment assignment) {
        var viewer = viewers.of(agent);
        var request = revisions.visible(viewer, id);
        if (!viewer.isAgent()) {
            throw new ForbiddenException("Only agents and supervisors assign requests.");
        }
        revisions.checkVersion(request, assignment.version());
        var assignee = assignment.assigneeId() == null ? null : eligible(request, assignment.assigneeId());
        var name = assignee == null ? null : assignee.name();
        var assigned = RequestState.of(request).assign(assignee == null ? null : assignee.id(), name);
        var saved = revisions.save(request, assigned);
        revisions.record(
                saved,
                revisions.change(viewer, "ASSIGNED", request.assigneeName(), name, null, false),
                "request.assigned",
                AuditDetails.none().andChange("assignee", request.assigneeName(), name));
        return saved;
    }

    private UserAccount eligible(ServiceRequest request, UUID assigneeId) {
        UserAccount account;
        try {
            account = users.user(request.organisationId(), assigneeId);
        } catch (NotFoundException e) {
            throw notEligible();
        }
        boolean fits = request.routing().byPartner()
                ? account.roles().contains(Role.PARTNER_AGENT)
                        && request.routing().partnerId().equals(account.partnerId())
                : account.tenantId() == null
                        && account.partnerId() == null
                        && (account.roles().contains(Role.AGENT)
                                || account.roles().contains(Role.SUPERVISOR));
        if (!fits || !account.enabled()) {
            throw notEligible();
        }
        return account;
    }

    private static InvalidInputException notEligible() {
        return new InvalidInputException("assigneeId", "is not an agent who handles this request");
    }

    private void moveClocks(ServiceRequest request, RequestStatus to) {
        var now = revisions.now();
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
