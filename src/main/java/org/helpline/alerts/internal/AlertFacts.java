package org.helpline.alerts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.requests.RequestSnapshots;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * What an alert is about and who it goes to, through the public services of {@code requests},
 * {@code identity} and {@code tenancy} meant for listeners with no signed-in user. A recipient's
 * language and zone fall back to their organisation's.
 */
@Component
class AlertFacts {

    /** The request as an alert shows it; {@code assigneeId} is null while it waits in the queue. */
    record AlertRequest(UUID id, UUID tenantId, String organisationId, String number, String title, UUID assigneeId) {}

    /** A staff user who gets alerts, with the language and zone to write to them in. */
    record Recipient(UUID id, String login, String language, String zone) {

        boolean hasEmail() {
            return login.indexOf('@') > 0;
        }
    }

    private final RequestSnapshots requests;
    private final Correspondents users;
    private final TenantManagement tenancy;

    AlertFacts(RequestSnapshots requests, Correspondents users, TenantManagement tenancy) {
        this.requests = requests;
        this.users = users;
        this.tenancy = tenancy;
    }

    Optional<AlertRequest> request(UUID requestId) {
        return requests.current(requestId)
                .map(request -> new AlertRequest(
                        request.id(),
                        request.tenantId(),
                        request.organisationId(),
                        request.number(),
                        request.title(),
                        request.assigneeId()));
    }

    /** The user if enabled. */
    Optional<Recipient> user(UUID userId) {
        return users.enabled(userId).map(this::recipient);
    }

    /** The enabled supervisors of a support organisation (not of its partners). */
    List<Recipient> supervisors(String organisationId) {
        return users.staffWithRole(organisationId, Role.SUPERVISOR).stream()
                .map(this::recipient)
                .toList();
    }

    private Recipient recipient(Correspondent user) {
        if (user.language() != null && user.zone() != null) {
            return new Recipient(user.id(), user.login(), user.language(), user.zone());
        }
        var organisation = tenancy.organisation(user.organisationId());
        return new Recipient(
                user.id(),
                user.login(),
                user.language() != null
                        ? user.language()
                        : organisation.defaultLanguage().toLanguageTag(),
                user.zone() != null ? user.zone() : organisation.zone().getId());
    }
}
