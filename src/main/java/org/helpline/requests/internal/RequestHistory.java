package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.instant;
import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.platform.DeferredInserts;
import org.helpline.requests.HistoryEntry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change of every request, in order. Entries about internal notes are shown to agents only. */
@Repository
class RequestHistory {

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    RequestHistory(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** One change; {@code actorId} null means Helpline itself. */
    record Change(
            Instant at,
            UUID actorId,
            String actorName,
            String kind,
            String from,
            String to,
            String reason,
            boolean internal,
            String dedupKey) {}

    void append(UUID tenantId, UUID requestId, Change change) {
        inserts.insert(
                """
                insert into request_history (tenant_id, request_id, position, occurred_at, actor_id, actor_name, kind,
                    from_value, to_value, reason, internal, dedup_key)
                values (:tenant, :request,
                    (select coalesce(max(position), 0) + 1 from request_history where tenant_id = :tenant and request_id = :request),
                    :at, :actor, :actorName, :kind, :from, :to, :reason, :internal, :dedup)
                """,
                new MapSqlParameterSource()
                        .addValue("tenant", tenantId)
                        .addValue("request", requestId)
                        .addValue("at", timestamp(change.at()))
                        .addValue("actor", change.actorId())
                        .addValue("actorName", change.actorName())
                        .addValue("kind", change.kind())
                        .addValue("from", clip(change.from(), 200))
                        .addValue("to", clip(change.to(), 200))
                        .addValue("reason", clip(change.reason(), 2000))
                        .addValue("internal", change.internal())
                        .addValue("dedup", change.dedupKey()));
    }

    /** Whether an event with this key was already handled. */
    boolean handled(String dedupKey) {
        return jdbc.sql("select count(*) from request_history where dedup_key = :key")
                        .param("key", dedupKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<HistoryEntry> of(UUID tenantId, UUID requestId, boolean withInternal) {
        return jdbc.sql("""
                select occurred_at, actor_name, kind, from_value, to_value, reason
                from request_history
                where tenant_id = :tenant and request_id = :request and (:withInternal = true or internal = false)
                order by position
                """)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("withInternal", withInternal)
                .query((rs, row) -> new HistoryEntry(
                        instant(rs, "occurred_at"),
                        rs.getString("actor_name"),
                        rs.getString("kind"),
                        rs.getString("from_value"),
                        rs.getString("to_value"),
                        rs.getString("reason")))
                .list();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
