package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.requests.ServiceRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests Helpline's routine automation acts on, per support organisation. */
@Repository
class DueRequests {

    private final JdbcClient jdbc;

    DueRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Resolved at or before {@code cutoff}, oldest first. */
    List<ServiceRequest> resolvedBefore(String organisationId, Instant cutoff, int limit) {
        return jdbc.sql("select " + ServiceRequests.COLUMNS + """
                 from service_request r
                where r.organisation_id = :organisation and r.status = 'RESOLVED' and r.resolved_at <= :cutoff
                order by r.resolved_at, r.id fetch next :limit rows only
                """)
                .param("organisation", organisationId)
                .param("cutoff", timestamp(cutoff))
                .param("limit", limit)
                .query(ServiceRequests::map)
                .list();
    }

    /** New, received at or after {@code since}, and nobody's yet, oldest first. */
    List<ServiceRequest> unassignedNew(String organisationId, Instant since, int limit) {
        return jdbc.sql("select " + ServiceRequests.COLUMNS + """
                 from service_request r
                where r.organisation_id = :organisation and r.status = 'NEW' and r.assignee_id is null
                    and r.received_at >= :since
                order by r.received_at, r.id fetch next :limit rows only
                """)
                .param("organisation", organisationId)
                .param("since", timestamp(since))
                .param("limit", limit)
                .query(ServiceRequests::map)
                .list();
    }

    /** How many open requests each agent of the organisation holds; agents with none are absent. */
    Map<UUID, Long> openPerAssignee(String organisationId) {
        var counts = new HashMap<UUID, Long>();
        jdbc.sql("""
                select assignee_id, count(*) as open_requests from service_request
                where organisation_id = :organisation and assignee_id is not null
                    and status in ('NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER')
                group by assignee_id
                """).param("organisation", organisationId).query(rs -> {
            counts.put(rs.getObject("assignee_id", UUID.class), rs.getLong("open_requests"));
        });
        return counts;
    }

    /** Whether the customer wrote in the request's thread after {@code since}. */
    boolean customerWroteAfter(UUID tenantId, UUID requestId, Instant since) {
        return jdbc.sql("""
                        select count(*) from request_message
                        where tenant_id = :tenant and request_id = :request and author_side = 'CUSTOMER' and created_at > :since
                        """)
                        .param("tenant", tenantId)
                        .param("request", requestId)
                        .param("since", timestamp(since))
                        .query(Long.class)
                        .single()
                > 0;
    }
}
