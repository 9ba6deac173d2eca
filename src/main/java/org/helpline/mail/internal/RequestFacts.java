package org.helpline.mail.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.mail.RequestMailKind;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.Requester;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * What an e-mail about a request needs, read through the snapshots of {@code requests},
 * {@code tenancy} and {@code identity} meant for work without a signed-in user (these e-mails are
 * written by an event listener that has none), and the admins' e-mail preferences. Read-only.
 */
@Component
class RequestFacts {

    /**
     * A request as its e-mails show it, with the tenant's language and zone. {@code filedByUser} is
     * false for a request a prospect filed without an account: its contact cannot sign in.
     */
    record RequestMailFacts(
            UUID id,
            UUID tenantId,
            String number,
            String title,
            String severity,
            String contactEmail,
            String contactLanguage,
            String tenantLanguage,
            String tenantZone,
            boolean filedByUser) {}

    /** A tenant admin who may get e-mails; language and zone are null when not chosen. */
    record Admin(UUID id, String address, String language, String zone) {}

    /**
     * Someone in copy who still may get e-mails; {@code staff} for a watcher of the support side,
     * {@code tenantAdmin} for a copied admin of the tenant, who can open the request's page.
     */
    record Copied(String address, String language, String zone, boolean staff, boolean tenantAdmin) {}

    private final PreferenceRows preferences;
    private final RequestSnapshots requests;
    private final TenantManagement tenancy;
    private final Correspondents users;

    RequestFacts(
            PreferenceRows preferences, RequestSnapshots requests, TenantManagement tenancy, Correspondents users) {
        this.preferences = preferences;
        this.requests = requests;
        this.tenancy = tenancy;
        this.users = users;
    }

    Optional<RequestMailFacts> request(UUID requestId) {
        return requests.current(requestId).map(request -> {
            var tenant = tenancy.profile(request.tenantId());
            return new RequestMailFacts(
                    request.id(),
                    request.tenantId(),
                    request.number(),
                    request.title(),
                    request.severity().name(),
                    request.contact().email(),
                    request.contact().language(),
                    tenant.language().toLanguageTag(),
                    tenant.zone().getId(),
                    filedByUser(request.requester()));
        });
    }

    private boolean filedByUser(Requester requester) {
        return requester == null
                || requester.id() == null
                || users.find(requester.id()).isPresent();
    }

    /** The tenant's enabled admins with an e-mail login who did not turn {@code kind} off. */
    List<Admin> admins(UUID tenantId, RequestMailKind kind) {
        var optedOut = preferences.optedOut(tenantId, kind);
        return users.tenantAdmins(tenantId).stream()
                .filter(admin -> admin.hasEmail() && !optedOut.contains(admin.id()))
                .map(admin -> new Admin(admin.id(), admin.login(), admin.language(), admin.zone()))
                .toList();
    }

    /** The people in copy of the request who are still enabled users with an e-mail login. */
    List<Copied> copied(UUID tenantId, UUID requestId) {
        var people = requests.peopleInCopy(tenantId, requestId);
        if (people.isEmpty()) {
            return List.of();
        }
        var admins =
                users.tenantAdmins(tenantId).stream().map(Correspondent::id).toList();
        return people.stream()
                .flatMap(person -> users.enabled(person.userId()).stream()
                        .filter(Correspondent::hasEmail)
                        .map(user -> new Copied(
                                user.login(),
                                user.language(),
                                user.zone(),
                                person.staff(),
                                !person.staff() && admins.contains(user.id()))))
                .toList();
    }

    /** The text of a public message, or empty when it is not one. */
    Optional<String> publicMessage(UUID tenantId, UUID requestId, UUID messageId) {
        return requests.publicMessage(tenantId, requestId, messageId);
    }
}
