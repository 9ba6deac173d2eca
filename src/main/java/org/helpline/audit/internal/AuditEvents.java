package org.helpline.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.audit.AuditEntry;
import org.helpline.platform.DeferredInserts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail table. It only inserts and reads: no entry is ever changed or removed. */
@Repository
class AuditEvents {

    private static final String FILTER = """
            where organisation_id = :organisation
              and (cast(:action as varchar(60)) is null or action = :action)
              and (cast(:actor as varchar(300)) is null or lower(actor_login) like :actor)
              and (cast(:tenant as uuid) is null or tenant_id = :tenant)
              and (cast(:from as timestamp with time zone) is null or occurred_at >= :from)
              and (cast(:to as timestamp with time zone) is null or occurred_at < :to)
            """;

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    AuditEvents(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    public void insert(AuditEntry entry) {
        inserts.insert(
                """
                insert into audit_event (id, occurred_at, actor_id, actor_login, organisation_id, tenant_id, action,
                                         target, details, remote_address)
                values (:id, :at, :actorId, :actorLogin, :organisation, :tenant, :action, :target, :details, :address)
                """,
                new MapSqlParameterSource()
                        .addValue("id", entry.id())
                        .addValue("at", Timestamp.from(entry.occurredAt()))
                        .addValue("actorId", entry.actorId())
                        .addValue("actorLogin", entry.actorLogin())
                        .addValue("organisation", entry.organisationId())
                        .addValue("tenant", entry.tenantId())
                        .addValue("action", entry.action())
                        .addValue("target", clip(entry.target(), 200))
                        .addValue("details", clip(entry.details(), 2000))
                        .addValue("address", clip(entry.remoteAddress(), 64)));
    }

    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return filtered("""
                select id, occurred_at, actor_id, actor_login, organisation_id, tenant_id, action, target, details,
                       remote_address
                from audit_event
                """ + FILTER + " order by occurred_at desc, id limit :limit offset :offset", query)
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditEvents::map)
                .list();
    }

    public long count(AuditQuery query) {
        return filtered("select count(*) from audit_event " + FILTER, query)
                .query(Long.class)
                .single();
    }

    public List<String> actions(String organisationId) {
        return jdbc.sql("select distinct action from audit_event where organisation_id = :organisation order by action")
                .param("organisation", organisationId)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec filtered(String sql, AuditQuery query) {
        return jdbc.sql(sql)
                .param("organisation", query.organisationId())
                .param("action", blankToNull(query.action()))
                .param(
                        "actor",
                        query.actor() == null || query.actor().isBlank()
                                ? null
                                : "%" + query.actor().trim().toLowerCase(Locale.ROOT) + "%")
                .param("tenant", query.tenantId())
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()));
    }

    private static AuditEntry map(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_login"),
                rs.getString("organisation_id"),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("details"),
                rs.getString("remote_address"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
