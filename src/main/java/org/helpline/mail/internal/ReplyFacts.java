package org.helpline.mail.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * What checking a reply by e-mail needs, through the services of {@code requests}, {@code identity}
 * and {@code tenancy} meant for work done with no signed-in user. Read-only.
 */
@Component
class ReplyFacts {

    /** A request as a reply to it is checked against. */
    record Target(UUID id, UUID tenantId, String organisationId, String number, String status, String contactEmail) {}

    /** An organisation admin to report refused replies to; language null when not chosen. */
    record OrgAdmin(String address, String language, String organisationLanguage) {}

    private final RequestSnapshots requests;
    private final Correspondents users;
    private final TenantManagement tenancy;

    ReplyFacts(RequestSnapshots requests, Correspondents users, TenantManagement tenancy) {
        this.requests = requests;
        this.users = users;
        this.tenancy = tenancy;
    }

    Optional<Target> request(UUID requestId) {
        return requests.current(requestId).map(ReplyFacts::target);
    }

    /** The request with this number, when exactly one has it (numbers are unique per organisation prefix). */
    Optional<Target> requestNumbered(String number) {
        return requests.numbered(number).map(ReplyFacts::target);
    }

    /** Whether {@code address} is the login of an enabled admin of the tenant. */
    boolean isTenantAdmin(UUID tenantId, String address) {
        return users.tenantAdmins(tenantId).stream()
                .anyMatch(admin -> admin.login().equalsIgnoreCase(address));
    }

    /** Whether {@code address} is in copy of the request and still an enabled user. */
    boolean isInCopy(UUID tenantId, UUID requestId, String address) {
        return requests.peopleInCopy(tenantId, requestId).stream()
                .filter(person -> person.email().equalsIgnoreCase(address))
                .anyMatch(person -> users.enabled(person.userId()).isPresent());
    }

    /** The enabled organisation admins of the organisation with an e-mail login. */
    List<OrgAdmin> organisationAdmins(String organisationId) {
        var organisationLanguage =
                tenancy.organisation(organisationId).defaultLanguage().toLanguageTag();
        return users.staffWithRole(organisationId, Role.ORG_ADMIN).stream()
                .filter(Correspondent::hasEmail)
                .map(admin -> new OrgAdmin(admin.login(), admin.language(), organisationLanguage))
                .toList();
    }

    private static Target target(ServiceRequest request) {
        return new Target(
                request.id(),
                request.tenantId(),
                request.organisationId(),
                request.number(),
                request.status().name(),
                request.contact().email());
    }
}
