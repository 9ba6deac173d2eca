package org.helpline.knowledge.internal;

import java.time.Clock;
import java.time.Duration;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Search analytics for the organisation's admins: top queries, queries without results, picked suggestions, answers. */
@Service
public class SearchAnalytics {

    static final Duration PERIOD = Duration.ofDays(30);
    private static final int TOP = 20;

    private final AnalyticsEvents events;
    private final SearchLog searchLog;
    private final Clock clock;

    SearchAnalytics(AnalyticsEvents events, SearchLog searchLog, Clock clock) {
        this.events = events;
        this.searchLog = searchLog;
        this.clock = clock;
    }

    /** The last 30 days of the admin's organisation. */
    @Transactional(readOnly = true)
    public SearchAnalyticsReport report(HelplineUser admin) {
        if (!admin.has(Role.ORG_ADMIN)) {
            throw new ForbiddenException("Search analytics are for the organisation's admins.");
        }
        searchLog.write();
        var organisation = admin.organisationId();
        var since = clock.instant().minus(PERIOD);
        return new SearchAnalyticsReport(
                since,
                events.searches(organisation, since),
                events.topQueries(organisation, since, false, TOP),
                events.topQueries(organisation, since, true, TOP),
                events.suggestionClicks(organisation, since, TOP),
                events.feedback(organisation, since, TOP));
    }
}
