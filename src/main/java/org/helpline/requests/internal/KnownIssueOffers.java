package org.helpline.requests.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.health.KnownIssue;
import org.helpline.health.KnownIssues;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Service;

/**
 * The known issues offered on the "New service request" page instead of a request, taken from
 * the health module.
 */
@Service
public class KnownIssueOffers {

    private final KnownIssues knownIssues;

    KnownIssueOffers(KnownIssues knownIssues) {
        this.knownIssues = knownIssues;
    }

    /** The active issues matching what a tenant user wrote; none for staff and partners. */
    public List<KnownIssue> matching(HelplineUser user, String serviceId, String text) {
        if (user.tenantId().isEmpty()) {
            return List.of();
        }
        return knownIssues.matchingActiveIssues(
                user.organisationId(), user.tenantId().get(), serviceId, text);
    }

    /** Counts the issues as shown to the admin. */
    public void offered(HelplineUser admin, List<UUID> issueIds) {
        knownIssues.offered(admin, issueIds);
    }

    /** "This is my problem": the admin follows the issue instead of filing a request. */
    public void subscribe(UUID issueId, HelplineUser admin) {
        knownIssues.subscribe(issueId, admin);
    }
}
