package org.helpline.requests.internal;

import java.util.Objects;
import java.util.UUID;
import org.helpline.identity.UserAccount;
import org.helpline.identity.UserManagement;
import org.helpline.requests.Assignment;
import org.helpline.requests.HandledBy;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who works on a request: agents and supervisors of the handling organisation, or the agents of
 * the handling partner, take it themselves or give it to a colleague of the same side.
 */
@Component
public class Assignments {

    private final RequestChanges changes;
    private final UserManagement users;

    Assignments(RequestChanges changes, UserManagement users) {
        this.changes = changes;
        this.users = users;
    }

    public ServiceRequest assign(Viewer viewer, UUID id, Assignment assignment) {
        var request = changes.visible(viewer, id);
        if (!viewer.isAgent()) {
            throw new ForbiddenException("Only agents and supervisors assign requests.");
        }
        changes.checkVersion(request, assignment.version());
        if (!request.status().isOpen()) {
            throw RuleViolated.notOpen(request.status());
        }
        var assignee = assignment.assigneeId() == null ? null : eligible(request, assignment.assigneeId());
        var name = assignee == null ? null : assignee.name();
        var saved = changes.save(
                request, RequestState.of(request).withAssignee(assignee == null ? null : assignee.id(), name));
        changes.record(
                saved,
                changes.change(viewer, "ASSIGNED", request.assigneeName(), name, null, false),
                "request.assigned",
                Objects.toString(request.assigneeName(), "-") + " -> " + Objects.toString(name, "-"));
        return saved;
    }

    private UserAccount eligible(ServiceRequest request, UUID assigneeId) {
        UserAccount account;
        try {
            account = users.user(request.organisationId(), assigneeId);
        } catch (NotFoundException e) {
            throw notEligible();
        }
        boolean fits = request.handledBy() == HandledBy.PARTNER
                ? account.roles().contains(Role.PARTNER_AGENT)
                        && request.partnerId().equals(account.partnerId())
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
}
