package org.helpline.contact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.helpline.shared.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/**
 * The callback queue, most severe first and then oldest. An agent is offered the first waiting
 * callback that matches their organisation, partner, languages and services. Claiming is a
 * conditional update ({@code ... and state = 'WAITING'}) whose row count says who won, so two agents
 * never get the same callback on any database; on PostgreSQL the candidates are also read with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent agents skip each other's rows instead of queueing
 * behind them.
 */
@Repository
class Callbacks {

    private static final String COLUMNS = """
            tenant_id, id, organisation_id, partner_id, request_id, request_number, phone_e164, registered_phone,
            language, service_id, severity, state, requested_at, agent_id, accepted_at, completed_at, handle_seconds,
            phone_call_id, version""";
    private static final String MATCHING = """
            from contact_callback c
            where c.state = 'WAITING' and c.organisation_id = :organisation
              and ((cast(:partner as uuid) is null and c.partner_id is null) or c.partner_id = :partner)
              and exists (select 1 from contact_agent_language l where l.user_id = :agent and l.language = c.language)
              and (c.service_id is null
                   or not exists (select 1 from contact_agent_service s where s.user_id = :agent)
                   or exists (select 1 from contact_agent_service s where s.user_id = :agent and s.service_id = c.service_id))
            order by c.severity_rank, c.requested_at, c.id
            """;

    private final JdbcClient jdbc;
    private final boolean skipLocked;

    Callbacks(JdbcClient jdbc, DataSource dataSource) throws Exception {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
        this.skipLocked = "PostgreSQL".equalsIgnoreCase(product);
    }

    public void insert(Callback callback) {
        jdbc.sql("""
                insert into contact_callback (tenant_id, id, organisation_id, partner_id, request_id, request_number,
                    phone_e164, registered_phone, language, service_id, severity, severity_rank, state, requested_at, version)
                values (:tenant, :id, :organisation, :partner, :request, :number, :phone, :registered, :language,
                    :service, :severity, :rank, 'WAITING', :at, 0)
                """)
                .param("tenant", callback.tenantId())
                .param("id", callback.id())
                .param("organisation", callback.organisationId())
                .param("partner", callback.partnerId())
                .param("request", callback.requestId())
                .param("number", callback.requestNumber())
                .param("phone", callback.phoneE164())
                .param("registered", callback.registeredPhone())
                .param("language", callback.language())
                .param("service", callback.serviceId())
                .param("severity", callback.severity().name())
                .param("rank", callback.severity().ordinal())
                .param("at", Timestamps.of(callback.requestedAt()))
                .update();
    }

    public Optional<Callback> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from contact_callback where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public Optional<Callback> findByRequest(UUID tenantId, UUID requestId) {
        return jdbc.sql("select " + COLUMNS
                        + " from contact_callback where tenant_id = :tenant and request_id = :request")
                .param("tenant", tenantId)
                .param("request", requestId)
                .query(this::map)
                .optional();
    }

    public Optional<Callback> activeOf(UUID agentId) {
        return jdbc.sql("select " + COLUMNS
                        + " from contact_callback where agent_id = :agent and state in ('IN_CALL', 'AFTER_CALL')")
                .param("agent", agentId)
                .query(this::map)
                .optional();
    }

    /** The waiting callbacks this agent may take, in the order they are offered. */
    public List<Callback> offeredTo(UUID agentId, String organisationId, UUID partnerId, int limit) {
        var lock = skipLocked ? " for update of c skip locked" : "";
        return jdbc.sql("select " + prefixed() + " " + MATCHING + " limit :limit" + lock)
                .param("organisation", organisationId)
                .param("partner", partnerId)
                .param("agent", agentId)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Takes a waiting callback for the agent; false when another agent took it first. */
    public boolean claim(UUID tenantId, UUID id, UUID agentId, Instant at) {
        return jdbc.sql("""
                update contact_callback set state = 'IN_CALL', agent_id = :agent, accepted_at = :at, version = version + 1
                where tenant_id = :tenant and id = :id and state = 'WAITING'
                """)
                        .param("agent", agentId)
                        .param("at", Timestamps.of(at))
                        .param("tenant", tenantId)
                        .param("id", id)
                        .update()
                == 1;
    }

    public void linkCall(UUID id, UUID phoneCallId) {
        jdbc.sql("update contact_callback set phone_call_id = :call where id = :id")
                .param("call", phoneCallId)
                .param("id", id)
                .update();
    }

    public boolean endCall(UUID id, UUID agentId, Instant at) {
        return jdbc.sql("""
                update contact_callback set state = 'AFTER_CALL', call_ended_at = :at, version = version + 1
                where id = :id and agent_id = :agent and state = 'IN_CALL'
                """)
                        .param("at", Timestamps.of(at))
                        .param("id", id)
                        .param("agent", agentId)
                        .update()
                == 1;
    }

    public boolean complete(UUID id, UUID agentId, Instant at, int handleSeconds) {
        return jdbc.sql("""
                update contact_callback set state = 'COMPLETED', completed_at = :at, handle_seconds = :handle,
                    version = version + 1
                where id = :id and agent_id = :agent and state in ('IN_CALL', 'AFTER_CALL')
                """)
                        .param("at", Timestamps.of(at))
                        .param("handle", handleSeconds)
                        .param("id", id)
                        .param("agent", agentId)
                        .update()
                == 1;
    }

    /** Waiting callbacks of the queue in the order agents are offered them. */
    public List<Callback> waiting(QueueKey queue) {
        return jdbc.sql("select " + COLUMNS + """
                 from contact_callback
                where state = 'WAITING' and organisation_id = :organisation and language = :language
                  and ((cast(:partner as uuid) is null and partner_id is null) or partner_id = :partner)
                order by severity_rank, requested_at, id
                """)
                .param("organisation", queue.organisationId())
                .param("language", queue.language())
                .param("partner", queue.partnerId())
                .query(this::map)
                .list();
    }

    /** The queues that have waiting callbacks in the organisation. */
    public List<QueueKey> queuesWithWaiting(String organisationId) {
        return jdbc.sql("""
                select distinct organisation_id, partner_id, language from contact_callback
                where state = 'WAITING' and organisation_id = :organisation
                """)
                .param("organisation", organisationId)
                .query((rs, row) -> new QueueKey(
                        rs.getString("organisation_id"),
                        rs.getObject("partner_id", UUID.class),
                        rs.getString("language")))
                .list();
    }

    /** Callbacks that joined the queue since {@code since}. */
    public int arrivals(QueueKey queue, Instant since) {
        return jdbc.sql("""
                select count(*) from contact_callback
                where organisation_id = :organisation and language = :language and requested_at >= :since
                  and ((cast(:partner as uuid) is null and partner_id is null) or partner_id = :partner)
                """)
                .param("organisation", queue.organisationId())
                .param("language", queue.language())
                .param("partner", queue.partnerId())
                .param("since", Timestamps.of(since))
                .query(Integer.class)
                .single();
    }

    /** Handle times of the latest completed callbacks of the organisation (and partner), newest first. */
    public List<Integer> recentHandleTimes(String organisationId, UUID partnerId, Instant since, int limit) {
        return jdbc.sql("""
                select handle_seconds from contact_callback
                where organisation_id = :organisation and state = 'COMPLETED' and completed_at >= :since
                  and ((cast(:partner as uuid) is null and partner_id is null) or partner_id = :partner)
                order by completed_at desc, id
                limit :limit
                """)
                .param("organisation", organisationId)
                .param("partner", partnerId)
                .param("since", Timestamps.of(since))
                .param("limit", limit)
                .query(Integer.class)
                .list();
    }

    private static String prefixed() {
        return "c." + COLUMNS.strip().replace("\n", " ").replace(", ", ", c.");
    }

    private Callback map(ResultSet rs, int row) throws SQLException {
        var handle = rs.getObject("handle_seconds", Integer.class);
        return new Callback(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("organisation_id"),
                rs.getObject("partner_id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getString("request_number"),
                rs.getString("phone_e164"),
                rs.getBoolean("registered_phone"),
                rs.getString("language"),
                rs.getString("service_id"),
                Severity.valueOf(rs.getString("severity")),
                CallbackState.valueOf(rs.getString("state")),
                Timestamps.instant(rs, "requested_at"),
                rs.getObject("agent_id", UUID.class),
                Timestamps.instant(rs, "accepted_at"),
                Timestamps.instant(rs, "completed_at"),
                handle,
                rs.getObject("phone_call_id", UUID.class),
                rs.getLong("version"));
    }
}
