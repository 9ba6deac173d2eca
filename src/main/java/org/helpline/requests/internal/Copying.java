package org.helpline.requests.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.requests.PersonInCopy;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who is in copy of a request, and who may change it. A tenant admin copies colleagues of the same
 * tenant; an agent copies colleagues of the side that handles the request (the organisation's own
 * staff, or the partner's agents) as watchers, whom the customer does not see. Each side removes
 * only the people it added. Every change is in the history (a watcher's as an internal entry) and
 * the audit trail; adding someone already in copy changes nothing.
 */
@Component
public class Copying {

    private static final int MAX_ADDRESS = 254;

    private final Revisions revisions;
    private final Viewers viewers;
    private final PeopleInCopy people;
    private final Correspondents users;

    Copying(Revisions revisions, Viewers viewers, PeopleInCopy people, Correspondents users) {
        this.revisions = revisions;
        this.viewers = viewers;
        this.people = people;
        this.users = users;
    }

    public List<PersonInCopy> of(HelplineUser user, UUID id) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, id);
        return visible(viewer, request);
    }

    public List<PersonInCopy> add(HelplineUser user, UUID id, String email) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, id);
        var address = address(email);
        if (request.status() == RequestStatus.CLOSED) {
            throw RuleViolated.notOpen(request.status());
        }
        if (address.equalsIgnoreCase(request.contact().email())) {
            throw new InvalidInputException("email", "is the request's contact, who gets its e-mails already");
        }
        var colleague = viewer.isAgent() ? watcher(request, address) : tenantColleague(request, address);
        var person = new PersonInCopy(address, colleague.id(), viewer.isAgent(), viewer.name(), revisions.now());
        if (people.add(request.tenantId(), request.id(), person)) {
            revisions.record(
                    request,
                    revisions.change(viewer, "COPY_ADDED", null, address, null, person.staff()),
                    "request.copy-added",
                    AuditDetails.of("email", address).and("internal", person.staff()));
        }
        return visible(viewer, request);
    }

    public List<PersonInCopy> remove(HelplineUser user, UUID id, String email) {
        var viewer = viewers.of(user);
        var request = revisions.visible(viewer, id);
        var address = address(email);
        var person = visible(viewer, request).stream()
                .filter(copied -> copied.email().equals(address))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Person in copy", address));
        if (person.staff() != viewer.isAgent()) {
            throw new ForbiddenException("The tenant's admins manage the colleagues they copied.");
        }
        if (people.remove(request.tenantId(), request.id(), address)) {
            revisions.record(
                    request,
                    revisions.change(viewer, "COPY_REMOVED", address, null, null, person.staff()),
                    "request.copy-removed",
                    AuditDetails.of("email", address).and("internal", person.staff()));
        }
        return visible(viewer, request);
    }

    /** Everyone in copy of the request, for the work Helpline does on its own (e-mails); no reader check. */
    public List<PersonInCopy> ofRequest(UUID tenantId, UUID requestId) {
        return people.of(tenantId, requestId);
    }

    private List<PersonInCopy> visible(Viewer viewer, ServiceRequest request) {
        return people.of(request.tenantId(), request.id()).stream()
                .filter(person -> viewer.isAgent() || !person.staff())
                .toList();
    }

    private Correspondent watcher(ServiceRequest request, String address) {
        var partner = request.routing().byPartner() ? request.routing().partnerId() : null;
        return users.staffMember(request.organisationId(), partner, address)
                .orElseThrow(() -> new InvalidInputException("email", "is not a colleague who handles this request"));
    }

    private Correspondent tenantColleague(ServiceRequest request, String address) {
        return users.tenantUser(request.tenantId(), address)
                .orElseThrow(() -> new InvalidInputException("email", "is not a user of your organisation"));
    }

    private static String address(String email) {
        if (email == null || email.isBlank()) {
            throw new InvalidInputException("email", "is required");
        }
        var address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_ADDRESS) {
            throw new InvalidInputException("email", "is longer than " + MAX_ADDRESS + " characters");
        }
        return address;
    }
}
