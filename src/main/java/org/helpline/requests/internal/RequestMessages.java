package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.instant;
import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.MessageKind;
import org.helpline.requests.RequestMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The thread of each request, in the order written. Callers hold the request row (its version was
 * just bumped), so numbering by {@code max(position) + 1} cannot collide.
 */
@Repository
class RequestMessages {

    private final JdbcClient jdbc;

    RequestMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID tenantId, UUID requestId, RequestMessage message, String markdown) {
        jdbc.sql("""
                insert into request_message (tenant_id, request_id, position, id, created_at, author_id, author_name,
                    author_side, kind, internal, body_markdown, body_html)
                values (:tenant, :request,
                    (select coalesce(max(position), 0) + 1 from request_message where tenant_id = :tenant and request_id = :request),
                    :id, :at, :author, :authorName, :side, :kind, :internal, :markdown, :html)
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("id", message.id())
                .param("at", timestamp(message.createdAt()))
                .param("author", message.authorId())
                .param("authorName", message.authorName())
                .param("side", message.authorSide().name())
                .param("kind", message.kind().name())
                .param("internal", message.internal())
                .param("markdown", markdown)
                .param("html", message.bodyHtml())
                .update();
    }

    /** The Markdown of a message the customer sees, or empty for an internal note or none. */
    Optional<String> publicMarkdown(UUID tenantId, UUID requestId, UUID messageId) {
        return jdbc.sql("""
                select body_markdown from request_message
                where tenant_id = :tenant and request_id = :request and id = :id and internal = false
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("id", messageId)
                .query(String.class)
                .optional();
    }

    /** The thread; internal notes only when {@code withInternal} (agents). */
    List<RequestMessage> thread(UUID tenantId, UUID requestId, boolean withInternal) {
        return jdbc.sql("""
                select id, created_at, author_id, author_name, author_side, kind, internal, body_html
                from request_message
                where tenant_id = :tenant and request_id = :request and (:withInternal = true or internal = false)
                order by position
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("withInternal", withInternal)
                .query(RequestMessages::map)
                .list();
    }

    /** The calls logged on the tenant's requests the viewer may see, newest first. */
    List<LoggedCall> recentCalls(Viewer viewer, UUID tenantId, int limit) {
        var sql = """
                select r.id, r.number, m.created_at, m.author_name
                from request_message m
                join service_request r on r.tenant_id = m.tenant_id and r.id = m.request_id
                where m.tenant_id = :tenant and m.kind = 'CALL_LOG'
                """ + " and " + viewer.clause() + " order by m.created_at desc fetch next :limit rows only";
        return viewer.bind(jdbc.sql(sql))
                .param("tenant", tenantId)
                .param("limit", limit)
                .query((rs, row) -> new LoggedCall(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        instant(rs, "created_at"),
                        rs.getString("author_name")))
                .list();
    }

    private static RequestMessage map(ResultSet rs, int row) throws SQLException {
        return new RequestMessage(
                rs.getObject("id", UUID.class),
                instant(rs, "created_at"),
                rs.getObject("author_id", UUID.class),
                rs.getString("author_name"),
                AuthorSide.valueOf(rs.getString("author_side")),
                MessageKind.valueOf(rs.getString("kind")),
                rs.getBoolean("internal"),
                rs.getString("body_html"));
    }
}
