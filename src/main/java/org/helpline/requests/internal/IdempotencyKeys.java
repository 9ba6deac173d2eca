package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code Idempotency-Key}s of intake, unique per user. The key is inserted before the request,
 * so a concurrent retry waits on the key's unique index and then fails instead of filing twice.
 */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> find(UUID userId, String key) {
        return jdbc.sql("select request_id from request_idempotency where user_id = :user and idempotency_key = :key")
                .param("user", userId)
                .param("key", key)
                .query(UUID.class)
                .optional();
    }

    void insert(UUID userId, String key, UUID tenantId, UUID requestId, Instant at) {
        jdbc.sql("""
                insert into request_idempotency (user_id, idempotency_key, tenant_id, request_id, created_at)
                values (:user, :key, :tenant, :request, :at)
                """)
                .param("user", userId)
                .param("key", key)
                .param("tenant", tenantId)
                .param("request", requestId)
                .param("at", timestamp(at))
                .update();
    }
}
