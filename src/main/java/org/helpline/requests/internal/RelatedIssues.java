package org.helpline.requests.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.helpline.health.IssueStatus;
import org.helpline.health.KnownIssue;
import org.helpline.platform.DeferredInserts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service health issues that matched a request when it was filed, as they were then. */
@Repository
class RelatedIssues {

    /** The order in which a request shows its issues, whether just linked or read back. */
    private static final Comparator<KnownIssue> BY_TITLE = Comparator.comparing(KnownIssue::title)
            .thenComparing(issue -> issue.id().toString());

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    RelatedIssues(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** Links the issues to the request and returns them as {@link #of} would read them back. */
    List<KnownIssue> link(UUID tenantId, UUID requestId, List<KnownIssue> issues) {
        for (var issue : issues) {
            inserts.insert(
                    """
                    insert into request_related_issue (tenant_id, request_id, issue_id, title, status)
                    values (:tenant, :request, :issue, :title, :status)
                    """,
                    new MapSqlParameterSource()
                            .addValue("tenant", tenantId)
                            .addValue("request", requestId)
                            .addValue("issue", issue.id())
                            .addValue("title", issue.title())
                            .addValue("status", issue.status().name()));
        }
        return issues.stream().sorted(BY_TITLE).toList();
    }

    List<KnownIssue> of(UUID tenantId, UUID requestId) {
        return jdbc
                .sql("""
                select issue_id, title, status from request_related_issue
                where tenant_id = :tenant and request_id = :request
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .query((rs, row) -> new KnownIssue(
                        rs.getObject("issue_id", UUID.class),
                        rs.getString("title"),
                        IssueStatus.valueOf(rs.getString("status"))))
                .list()
                .stream()
                .sorted(BY_TITLE)
                .toList();
    }
}
