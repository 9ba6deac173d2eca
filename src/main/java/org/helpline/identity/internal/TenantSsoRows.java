package org.helpline.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tenant_sso} and {@code tenant_sso_domain} tables: each tenant's provider and its domains. */
@Repository
class TenantSsoRows {

    /** A saved provider; {@code sealedSecret} as {@link IdentitySecrets} sealed it. */
    record TenantSso(
            UUID tenantId,
            String issuer,
            String clientId,
            String sealedSecret,
            String rolesClaim,
            boolean required,
            List<String> domains,
            long version) {}

    private final JdbcClient jdbc;

    TenantSsoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TenantSso> find(UUID tenantId) {
        return jdbc.sql("""
                        select tenant_id, issuer, client_id, client_secret, roles_claim, required, version
                        from tenant_sso where tenant_id = :tenant
                        """)
                .param("tenant", tenantId)
                .query((rs, n) -> new TenantSso(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        domains(tenantId),
                        rs.getLong(7)))
                .optional();
    }

    /** The tenant whose provider owns the domain (lower case). */
    Optional<UUID> tenantOwning(String domain) {
        return jdbc.sql("select tenant_id from tenant_sso_domain where domain = :domain")
                .param("domain", domain)
                .query(UUID.class)
                .optional();
    }

    boolean requiredFor(UUID tenantId) {
        return jdbc.sql("select count(*) from tenant_sso where tenant_id = :tenant and required")
                        .param("tenant", tenantId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts the settings when {@code version} is null, else updates them if still at that version. */
    void save(TenantSso settings, Long version, Instant now) {
        if (version == null) {
            jdbc.sql("""
                    insert into tenant_sso (tenant_id, issuer, client_id, client_secret, roles_claim, required,
                                            updated_at, version)
                    values (:tenant, :issuer, :client, :secret, :claim, :required, :now, 0)
                    """).params(params(settings, now)).update();
        } else {
            int changed = jdbc.sql("""
                            update tenant_sso set issuer = :issuer, client_id = :client, client_secret = :secret,
                                   roles_claim = :claim, required = :required, updated_at = :now,
                                   version = version + 1
                            where tenant_id = :tenant and version = :version
                            """)
                    .params(params(settings, now))
                    .param("version", version)
                    .update();
            if (changed == 0) {
                throw new StaleEditException("Single sign-on of tenant", settings.tenantId());
            }
        }
        jdbc.sql("delete from tenant_sso_domain where tenant_id = :tenant")
                .param("tenant", settings.tenantId())
                .update();
        settings.domains()
                .forEach(domain -> jdbc.sql(
                                "insert into tenant_sso_domain (domain, tenant_id) values (:domain, :tenant)")
                        .param("domain", domain)
                        .param("tenant", settings.tenantId())
                        .update());
    }

    void delete(UUID tenantId, long version) {
        int deleted = jdbc.sql("delete from tenant_sso where tenant_id = :tenant and version = :version")
                .param("tenant", tenantId)
                .param("version", version)
                .update();
        if (deleted == 0) {
            throw new StaleEditException("Single sign-on of tenant", tenantId);
        }
    }

    /** Whether a user of no tenant (staff, partner agents) has an address at the (checked DNS) domain. */
    boolean staffUseDomain(String domain) {
        return jdbc.sql("select count(*) from app_user where tenant_id is null and login like :pattern")
                        .param("pattern", "%@" + domain)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<String> domains(UUID tenantId) {
        return jdbc.sql("select domain from tenant_sso_domain where tenant_id = :tenant order by domain")
                .param("tenant", tenantId)
                .query(String.class)
                .list();
    }

    private static java.util.Map<String, Object> params(TenantSso settings, Instant now) {
        return java.util.Map.of(
                "tenant", settings.tenantId(),
                "issuer", settings.issuer(),
                "client", settings.clientId(),
                "secret", settings.sealedSecret(),
                "claim", settings.rolesClaim(),
                "required", settings.required(),
                "now", Timestamp.from(now));
    }
}
