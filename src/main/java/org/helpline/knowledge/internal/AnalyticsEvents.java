package org.helpline.knowledge.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.knowledge.internal.SearchAnalyticsReport.ArticleCount;
import org.helpline.knowledge.internal.SearchAnalyticsReport.Feedback;
import org.helpline.knowledge.internal.SearchAnalyticsReport.QueryCount;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches, picked suggestions and "Did this help?" answers, and their summaries. */
@Repository
class AnalyticsEvents {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AnalyticsEvents(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Inserts the searches with one batched statement. */
    public void searched(List<SearchLog.Search> searches) {
        var rows = searches.stream()
                .map(search -> new MapSqlParameterSource()
                        .addValue("org", search.organisationId())
                        .addValue("id", UUID.randomUUID())
                        .addValue("at", Timestamp.from(search.at()))
                        .addValue("query", search.query())
                        .addValue("language", search.language())
                        .addValue("results", (int) Math.min(search.results(), Integer.MAX_VALUE)))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate("""
                insert into kb_search (organisation_id, id, searched_at, query, language, results)
                values (:org, :id, :at, :query, :language, :results)""", rows);
    }

    public void suggestionPicked(String organisationId, Instant at, String query, UUID articleId) {
        jdbc.sql("""
                insert into kb_suggestion_click (organisation_id, id, clicked_at, query, article_id)
                values (:org, :id, :at, :query, :article)""")
                .param("org", organisationId)
                .param("id", UUID.randomUUID())
                .param("at", Timestamp.from(at))
                .param("query", query)
                .param("article", articleId)
                .update();
    }

    /** Records or replaces the user's answer for the article. */
    public void answered(String organisationId, UUID articleId, UUID userId, boolean helpful, Instant at) {
        int changed = jdbc.sql("""
                update kb_feedback set helpful = :helpful, answered_at = :at
                where organisation_id = :org and article_id = :article and user_id = :user""")
                .param("org", organisationId)
                .param("article", articleId)
                .param("user", userId)
                .param("helpful", helpful)
                .param("at", Timestamp.from(at))
                .update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into kb_feedback (organisation_id, article_id, user_id, helpful, answered_at)
                    values (:org, :article, :user, :helpful, :at)""")
                    .param("org", organisationId)
                    .param("article", articleId)
                    .param("user", userId)
                    .param("helpful", helpful)
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    public long searches(String organisationId, Instant since) {
        return jdbc.sql("select count(*) from kb_search where organisation_id = :org and searched_at >= :since")
                .param("org", organisationId)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    public List<QueryCount> topQueries(String organisationId, Instant since, boolean onlyWithoutResults, int limit) {
        return jdbc.sql("""
                select lower(query) as q, count(*) as n from kb_search
                where organisation_id = :org and searched_at >= :since and (:all or results = 0)
                group by lower(query) order by n desc, q fetch first :limit rows only""")
                .param("org", organisationId)
                .param("since", Timestamp.from(since))
                .param("all", !onlyWithoutResults)
                .param("limit", limit)
                .query((row, n) -> new QueryCount(row.getString("q"), row.getLong("n")))
                .list();
    }

    public List<ArticleCount> suggestionClicks(String organisationId, Instant since, int limit) {
        return jdbc.sql("""
                select c.article_id, a.title, count(*) as n from kb_suggestion_click c
                join kb_article a on a.organisation_id = c.organisation_id and a.id = c.article_id
                where c.organisation_id = :org and c.clicked_at >= :since
                group by c.article_id, a.title order by n desc, a.title fetch first :limit rows only""")
                .param("org", organisationId)
                .param("since", Timestamp.from(since))
                .param("limit", limit)
                .query((row, n) -> new ArticleCount(
                        row.getObject("article_id", UUID.class), row.getString("title"), row.getLong("n")))
                .list();
    }

    public List<Feedback> feedback(String organisationId, Instant since, int limit) {
        return jdbc.sql("""
                select f.article_id, a.title,
                       sum(case when f.helpful then 1 else 0 end) as yes,
                       sum(case when f.helpful then 0 else 1 end) as no
                from kb_feedback f
                join kb_article a on a.organisation_id = f.organisation_id and a.id = f.article_id
                where f.organisation_id = :org and f.answered_at >= :since
                group by f.article_id, a.title order by count(*) desc, a.title fetch first :limit rows only""")
                .param("org", organisationId)
                .param("since", Timestamp.from(since))
                .param("limit", limit)
                .query((row, n) -> new Feedback(
                        row.getObject("article_id", UUID.class),
                        row.getString("title"),
                        row.getLong("yes"),
                        row.getLong("no")))
                .list();
    }
}
