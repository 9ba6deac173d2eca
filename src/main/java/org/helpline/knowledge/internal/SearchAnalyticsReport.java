package org.helpline.knowledge.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Search analytics of an organisation since {@code since}. */
public record SearchAnalyticsReport(
        Instant since,
        long searches,
        List<QueryCount> topQueries,
        List<QueryCount> noResultQueries,
        List<ArticleCount> suggestionClicks,
        List<Feedback> feedback) {

    /** A query (lower case) and how often it was searched. */
    public record QueryCount(String query, long count) {}

    /** An article and how often its suggestion was picked. */
    public record ArticleCount(UUID articleId, String title, long count) {}

    /** The "Did this help?" answers of an article. */
    public record Feedback(UUID articleId, String title, long helpful, long notHelpful) {}
}
