package org.helpline.scim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scim_secret} table: one secret per tenant, kept as its SHA-256 only. */
@Repository
class ScimSecretStore {

    /** A tenant's secret without the secret. */
    record SecretRow(UUID tenantId, Instant createdAt, String createdBy, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    ScimSecretStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SecretRow> ofTenant(UUID tenantId) {
        return jdbc.sql("""
                select tenant_id, created_at, created_by, last_used_at from scim_secret where tenant_id = :tenant
                """).param("tenant", tenantId).query(this::map).optional();
    }

    Optional<SecretRow> byHash(String secretHash) {
        return jdbc.sql("""
                select tenant_id, created_at, created_by, last_used_at from scim_secret where secret_hash = :hash
                """).param("hash", secretHash).query(this::map).optional();
    }

    /** Puts the secret in place of the tenant's old one, if it had one. */
    void replace(UUID tenantId, String secretHash, Instant createdAt, String createdBy) {
        delete(tenantId);
        jdbc.sql("""
                insert into scim_secret (tenant_id, secret_hash, created_at, created_by)
                values (:tenant, :hash, :createdAt, :createdBy)
                """)
                .param("tenant", tenantId)
                .param("hash", secretHash)
                .param("createdAt", Timestamp.from(createdAt))
                .param("createdBy", createdBy)
                .update();
    }

    boolean delete(UUID tenantId) {
        return jdbc.sql("delete from scim_secret where tenant_id = :tenant")
                        .param("tenant", tenantId)
                        .update()
                > 0;
    }

    void touch(UUID tenantId, String secretHash, Instant at) {
        jdbc.sql("update scim_secret set last_used_at = :at where tenant_id = :tenant and secret_hash = :hash")
                .param("at", Timestamp.from(at))
                .param("tenant", tenantId)
                .param("hash", secretHash)
                .update();
    }

    private SecretRow map(ResultSet rs, int rowNum) throws SQLException {
        var used = rs.getTimestamp("last_used_at");
        return new SecretRow(
                rs.getObject("tenant_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                used == null ? null : used.toInstant());
    }
}
