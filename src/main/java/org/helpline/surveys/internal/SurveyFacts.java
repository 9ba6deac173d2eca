package org.helpline.surveys.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.requests.RequestSnapshots;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * What a survey about a resolved request needs, through the services of {@code requests}, {@code
 * identity} and {@code tenancy} meant for work done with no signed-in user. The survey goes to the
 * requester's login when it is an address, in the requester's language; else to the request's
 * contact address, in the contact's language; the tenant's language when neither chose one.
 */
@Component
class SurveyFacts {

    /** The survey to store and the language to write it in. */
    record Resolved(SurveyRow row, String language) {}

    private final RequestSnapshots requests;
    private final Correspondents users;
    private final TenantManagement tenancy;
    private final SurveyProperties properties;

    SurveyFacts(
            RequestSnapshots requests, Correspondents users, TenantManagement tenancy, SurveyProperties properties) {
        this.requests = requests;
        this.users = users;
        this.tenancy = tenancy;
        this.properties = properties;
    }

    Optional<Resolved> resolved(UUID requestId, UUID surveyId, Instant now) {
        return requests.current(requestId).map(request -> {
            var requester = request.requester().id() == null
                    ? null
                    : users.find(request.requester().id())
                            .filter(Correspondent::hasEmail)
                            .orElse(null);
            var recipient =
                    requester != null ? requester.login() : request.contact().email();
            var language = requester != null && requester.language() != null
                    ? requester.language()
                    : request.contact().language() != null
                            ? request.contact().language()
                            : tenancy.profile(request.tenantId()).language().toLanguageTag();
            var row = new SurveyRow(
                    request.tenantId(),
                    surveyId,
                    requestId,
                    request.organisationId(),
                    request.number(),
                    request.title(),
                    request.serviceId(),
                    request.severity().name(),
                    request.assigneeId(),
                    request.assigneeName(),
                    recipient,
                    now,
                    now.plus(properties.validity()),
                    null,
                    null,
                    null,
                    null,
                    null);
            return new Resolved(row, language);
        });
    }
}
