package org.helpline.phone.internal;

import static org.helpline.phone.internal.Times.at;
import static org.helpline.phone.internal.Times.read;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls taken by agents. A call is only ever found for the agent who took it. */
@Repository
class Calls {

    private static final String COLUMNS = """
            tenant_id, id, organisation_id, agent_id, caller_e164, registered, started_at, ended_at, grant_reason,
            granted_at, grant_expires_at""";

    private final JdbcClient jdbc;

    Calls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CallRecord call) {
        jdbc.sql("""
                insert into phone_call (tenant_id, id, organisation_id, agent_id, caller_e164, registered, started_at)
                values (:tenantId, :id, :organisation, :agent, :caller, :registered, :startedAt)
                """)
                .param("tenantId", call.tenantId())
                .param("id", call.id())
                .param("organisation", call.organisationId())
                .param("agent", call.agentId())
                .param("caller", call.callerE164())
                .param("registered", call.registered())
                .param("startedAt", at(call.startedAt()))
                .update();
    }

    public Optional<CallRecord> findForAgent(UUID id, UUID agentId) {
        return jdbc.sql("select " + COLUMNS + " from phone_call where id = :id and agent_id = :agent")
                .param("id", id)
                .param("agent", agentId)
                .query(this::map)
                .optional();
    }

    /** The call, locked until the end of the caller's transaction, so its codes are handled one at a time. */
    public Optional<CallRecord> lockForAgent(UUID id, UUID agentId) {
        return jdbc.sql("select " + COLUMNS + " from phone_call where id = :id and agent_id = :agent for update")
                .param("id", id)
                .param("agent", agentId)
                .query(this::map)
                .optional();
    }

    public void grant(CallRecord call, GrantReason reason, Instant at, Instant expires) {
        jdbc.sql("""
                update phone_call set grant_reason = :reason, granted_at = :at, grant_expires_at = :expires,
                    version = version + 1
                where tenant_id = :tenantId and id = :id
                """)
                .param("tenantId", call.tenantId())
                .param("id", call.id())
                .param("reason", reason.name())
                .param("at", at(at))
                .param("expires", at(expires))
                .update();
    }

    public void end(CallRecord call, Instant at) {
        jdbc.sql("""
                update phone_call set ended_at = :at, version = version + 1
                where tenant_id = :tenantId and id = :id and ended_at is null
                """)
                .param("tenantId", call.tenantId())
                .param("id", call.id())
                .param("at", at(at))
                .update();
    }

    /** Calls of the agent with the tenant whose grant is active at {@code now}, newest first. */
    public List<CallRecord> withActiveGrant(UUID agentId, UUID tenantId, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                 from phone_call
                where tenant_id = :tenantId and agent_id = :agent and ended_at is null
                  and grant_reason is not null and grant_expires_at > :now
                order by granted_at desc
                """)
                .param("tenantId", tenantId)
                .param("agent", agentId)
                .param("now", at(now))
                .query(this::map)
                .list();
    }

    /** The agent's calls that have not ended, newest first. */
    public List<CallRecord> openCalls(UUID agentId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from phone_call where agent_id = :agent and ended_at is null
                order by started_at desc fetch first :limit rows only
                """)
                .param("agent", agentId)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    private CallRecord map(ResultSet rs, int row) throws SQLException {
        var reason = rs.getString("grant_reason");
        return new CallRecord(
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("id", UUID.class),
                rs.getString("organisation_id"),
                rs.getObject("agent_id", UUID.class),
                rs.getString("caller_e164"),
                rs.getBoolean("registered"),
                read(rs, "started_at"),
                read(rs, "ended_at"),
                reason == null ? null : GrantReason.valueOf(reason),
                read(rs, "granted_at"),
                read(rs, "grant_expires_at"));
    }
}
