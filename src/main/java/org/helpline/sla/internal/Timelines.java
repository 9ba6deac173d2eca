package org.helpline.sla.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.platform.DeferredInserts;
import org.helpline.sla.ClockKind;
import org.helpline.sla.TimelineEntry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only timeline of each request's clocks. */
@Repository
class Timelines {

    private static final int MAX_DETAIL = 500;

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    Timelines(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    public void add(UUID tenantId, UUID requestId, TimelineEntry entry) {
        var detail = entry.detail();
        inserts.insert(
                """
                insert into sla_timeline (tenant_id, request_id, occurred_at, clock, event, detail)
                values (:tenant, :request, :at, :clock, :event, :detail)
                """,
                new MapSqlParameterSource()
                        .addValue("tenant", tenantId)
                        .addValue("request", requestId)
                        .addValue("at", RequestClocks.timestamp(entry.at()))
                        .addValue("clock", entry.clock().name())
                        .addValue("event", entry.event())
                        .addValue(
                                "detail",
                                detail != null && detail.length() > MAX_DETAIL
                                        ? detail.substring(0, MAX_DETAIL)
                                        : detail));
    }

    /** The entries of a request in the order they were written. */
    public List<TimelineEntry> of(UUID requestId) {
        return jdbc.sql("""
                select occurred_at, clock, event, detail from sla_timeline where request_id = :request order by seq
                """)
                .param("request", requestId)
                .query((rs, row) -> new TimelineEntry(
                        RequestClocks.instant(rs, "occurred_at"),
                        ClockKind.valueOf(rs.getString("clock")),
                        rs.getString("event"),
                        rs.getString("detail")))
                .list();
    }
}
