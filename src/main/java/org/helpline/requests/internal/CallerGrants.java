package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The caller verifications the phone module passed in, one row per verified call. */
@Repository
class CallerGrants {

    private final JdbcClient jdbc;

    CallerGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the call's grant and forgets the grants that have run out. */
    void insert(UUID tenantId, UUID callId, UUID agentId, Instant expiresAt, Instant now) {
        jdbc.sql("delete from caller_grant where expires_at <= :now")
                .param("now", timestamp(now))
                .update();
        jdbc.sql("""
                insert into caller_grant (tenant_id, call_id, agent_id, expires_at)
                values (:tenant, :call, :agent, :expires)
                """)
                .param("tenant", tenantId)
                .param("call", callId)
                .param("agent", agentId)
                .param("expires", timestamp(expiresAt))
                .update();
    }

    void delete(UUID tenantId, UUID callId) {
        jdbc.sql("delete from caller_grant where tenant_id = :tenant and call_id = :call")
                .param("tenant", tenantId)
                .param("call", callId)
                .update();
    }

    boolean active(UUID agentId, UUID tenantId, Instant now) {
        return jdbc.sql("""
                select count(*) from caller_grant
                 where tenant_id = :tenant and agent_id = :agent and expires_at > :now
                """)
                        .param("tenant", tenantId)
                        .param("agent", agentId)
                        .param("now", timestamp(now))
                        .query(Long.class)
                        .single()
                > 0;
    }
}
