package org.helpline.health;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.catalog.CatalogService;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;

/**
 * Service health of a support organisation. Readers see the issues of their organisation that
 * are not limited to other tenants; staff see all of them. Organisation admins and supervisors
 * declare issues and post updates; a post's status becomes the issue's status, and one of the
 * ending statuses resolves it. Deflection of known issues is {@link KnownIssues}.
 */
public interface ServiceHealth {

    /** Each service of the reader's organisation with its current status. */
    List<ServiceStatus> services(HelplineUser reader, Locale locale);

    /** Active ({@code state=active}), resolved in the last 90 days ({@code resolved}) or both (null), newest first. */
    List<HealthIssue> issues(HelplineUser reader, String state, String service, Locale locale);

    /** One issue with its posts, oldest first. */
    HealthIssue issue(HelplineUser reader, UUID id, Locale locale);

    /** Declares an issue with its first post; for organisation admins and supervisors. */
    HealthIssue declare(HelplineUser author, NewIssue issue);

    /** Posts an update; its status becomes the issue's. */
    IssuePost post(HelplineUser author, UUID issueId, String status, String message);

    /** The issues the reader sees, as an Atom feed. */
    String feed(HelplineUser reader, Locale locale, String selfUrl, String pageUrl);

    /** Organisation admins and supervisors declare issues and post updates. */
    static boolean mayDeclare(HelplineUser user) {
        return user.has(Role.ORG_ADMIN) || user.has(Role.SUPERVISOR);
    }

    /** The catalog's services an issue can be declared for, named in the author's language. */
    List<CatalogService> declarableServices(HelplineUser author, Locale locale);
}
