package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.instant;
import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.requests.LinkKind;
import org.helpline.requests.RequestLink;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The links between requests (request_link, one row per direction) and the merges (request_merge).
 * Every statement names the tenant; callers have checked that the viewer sees both requests.
 */
@Repository
class RequestLinks {

    private final JdbcClient jdbc;

    RequestLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Links both ways with {@code kind}, replacing an earlier kind; false when they were linked so already. */
    boolean link(UUID tenantId, UUID one, UUID other, LinkKind kind, UUID by, Instant at) {
        if (kind(tenantId, one, other).filter(kind::equals).isPresent()) {
            return false;
        }
        unlink(tenantId, one, other);
        insert(tenantId, one, other, kind, by, at);
        insert(tenantId, other, one, kind, by, at);
        return true;
    }

    /** Removes the link both ways; false when there was none. */
    boolean unlink(UUID tenantId, UUID one, UUID other) {
        return jdbc.sql("""
                        delete from request_link where tenant_id = :tenant
                            and ((request_id = :one and linked_id = :other) or (request_id = :other and linked_id = :one))
                        """)
                        .param("tenant", tenantId)
                        .param("one", one)
                        .param("other", other)
                        .update()
                > 0;
    }

    private Optional<LinkKind> kind(UUID tenantId, UUID one, UUID other) {
        return jdbc.sql(
                        "select kind from request_link where tenant_id = :tenant and request_id = :one and linked_id = :other")
                .param("tenant", tenantId)
                .param("one", one)
                .param("other", other)
                .query((rs, row) -> LinkKind.valueOf(rs.getString("kind")))
                .optional();
    }

    private void insert(UUID tenantId, UUID from, UUID to, LinkKind kind, UUID by, Instant at) {
        jdbc.sql("""
                insert into request_link (tenant_id, request_id, linked_id, kind, created_at, created_by)
                values (:tenant, :from, :to, :kind, :at, :by)
                """)
                .param("tenant", tenantId)
                .param("from", from)
                .param("to", to)
                .param("kind", kind.name())
                .param("at", timestamp(at))
                .param("by", by)
                .update();
    }

    /** The links and merges of a request, the merges first, then by number. */
    List<RequestLink> of(UUID tenantId, UUID requestId) {
        return jdbc
                .sql("""
                select r.id, r.number, r.title, r.status, l.kind, l.created_at as since
                from request_link l join service_request r on r.tenant_id = l.tenant_id and r.id = l.linked_id
                where l.tenant_id = :tenant and l.request_id = :request
                union all
                select r.id, r.number, r.title, r.status, 'MERGED_INTO' as kind, m.merged_at as since
                from request_merge m join service_request r on r.tenant_id = m.tenant_id and r.id = m.survivor_id
                where m.tenant_id = :tenant and m.merged_id = :request
                union all
                select r.id, r.number, r.title, r.status, 'MERGED_FROM' as kind, m.merged_at as since
                from request_merge m join service_request r on r.tenant_id = m.tenant_id and r.id = m.merged_id
                where m.tenant_id = :tenant and m.survivor_id = :request
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .query((rs, row) -> new RequestLink(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        rs.getString("title"),
                        RequestStatus.valueOf(rs.getString("status")),
                        LinkKind.valueOf(rs.getString("kind")),
                        instant(rs, "since")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(
                                (RequestLink link) -> link.kind().byHand())
                        .thenComparing(RequestLink::number))
                .toList();
    }

    /** The request of the tenant with this number, if the viewer may see it. */
    Optional<ServiceRequest> visibleByNumber(Viewer viewer, UUID tenantId, String number) {
        return viewer.bind(jdbc.sql("select " + ServiceRequests.COLUMNS
                        + " from service_request r where r.tenant_id = :tenant and r.number = :number and "
                        + viewer.clause()))
                .param("tenant", tenantId)
                .param("number", number)
                .query(ServiceRequests::map)
                .optional();
    }

    /** The requests the viewer may see that matched the health issue when they were filed, by number. */
    List<ServiceRequest> ofIssue(Viewer viewer, UUID issueId) {
        return viewer.bind(jdbc.sql("select " + ServiceRequests.COLUMNS
                        + " from request_related_issue i join service_request r"
                        + " on r.tenant_id = i.tenant_id and r.id = i.request_id where i.issue_id = :issue and "
                        + viewer.clause() + " order by r.number"))
                .param("issue", issueId)
                .query(ServiceRequests::map)
                .list();
    }

    /** The request this one was merged into, if it was. */
    Optional<UUID> survivorOf(UUID tenantId, UUID mergedId) {
        return jdbc.sql("select survivor_id from request_merge where tenant_id = :tenant and merged_id = :merged")
                .param("tenant", tenantId)
                .param("merged", mergedId)
                .query(UUID.class)
                .optional();
    }

    /**
     * Moves the thread and the files of {@code merged} to the end of {@code survivor}'s thread and
     * notes the merge. The caller holds both rows (their versions were just bumped), so the
     * positions cannot collide; the moved messages keep their order, authors and times.
     */
    int merge(UUID tenantId, UUID merged, UUID survivor, UUID by, Instant at) {
        var offset = jdbc.sql("""
                        select coalesce(max(position), 0) from request_message where tenant_id = :tenant and request_id = :survivor
                        """)
                .param("tenant", tenantId)
                .param("survivor", survivor)
                .query(Integer.class)
                .single();
        var moved = jdbc.sql("""
                        update request_message set request_id = :survivor, position = position + :offset
                        where tenant_id = :tenant and request_id = :merged
                        """)
                .param("survivor", survivor)
                .param("offset", offset)
                .param("tenant", tenantId)
                .param("merged", merged)
                .update();
        jdbc.sql(
                        "update request_attachment set request_id = :survivor where tenant_id = :tenant and request_id = :merged")
                .param("survivor", survivor)
                .param("tenant", tenantId)
                .param("merged", merged)
                .update();
        unlink(tenantId, merged, survivor);
        jdbc.sql("""
                insert into request_merge (tenant_id, merged_id, survivor_id, merged_at, merged_by)
                values (:tenant, :merged, :survivor, :at, :by)
                """)
                .param("tenant", tenantId)
                .param("merged", merged)
                .param("survivor", survivor)
                .param("at", timestamp(at))
                .param("by", by)
                .update();
        return moved;
    }
}
