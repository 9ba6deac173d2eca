package org.helpline.health.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions to issues and the record of known issues offered and chosen. */
@Repository
class Deflections {

    private final JdbcClient jdbc;

    Deflections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Subscribes the user; false when they already were. */
    public boolean subscribe(String organisationId, UUID tenantId, UUID issueId, UUID userId, Instant at) {
        var exists = jdbc.sql("""
                select count(*) from health_subscription where tenant_id = :tenant and issue_id = :issue and user_id = :user""")
                        .param("tenant", tenantId)
                        .param("issue", issueId)
                        .param("user", userId)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                insert into health_subscription (tenant_id, issue_id, user_id, organisation_id, subscribed_at)
                values (:tenant, :issue, :user, :org, :at)""")
                .param("tenant", tenantId)
                .param("issue", issueId)
                .param("user", userId)
                .param("org", organisationId)
                .param("at", Timestamp.from(at))
                .update();
        return true;
    }

    public long subscribers(UUID issueId) {
        return jdbc.sql("select count(*) from health_subscription where issue_id = :issue")
                .param("issue", issueId)
                .query(Long.class)
                .single();
    }

    public void record(String organisationId, UUID tenantId, UUID userId, UUID issueId, boolean deflected, Instant at) {
        jdbc.sql("""
                insert into health_deflection (organisation_id, id, tenant_id, user_id, issue_id, deflected, happened_at)
                values (:org, :id, :tenant, :user, :issue, :deflected, :at)""")
                .param("org", organisationId)
                .param("id", UUID.randomUUID())
                .param("tenant", tenantId)
                .param("user", userId)
                .param("issue", issueId)
                .param("deflected", deflected)
                .param("at", Timestamp.from(at))
                .update();
    }

    public long count(String organisationId, boolean deflected, Instant since) {
        return jdbc.sql("""
                select count(*) from health_deflection
                where organisation_id = :org and deflected = :deflected and happened_at >= :since""")
                .param("org", organisationId)
                .param("deflected", deflected)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }
}
