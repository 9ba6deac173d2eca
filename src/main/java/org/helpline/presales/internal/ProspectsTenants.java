package org.helpline.presales.internal;

import java.util.Optional;
import java.util.UUID;
import org.helpline.tenancy.TenantManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenant under which each support organisation keeps prospects' requests. The organisations of
 * the first migration got theirs from V115; any other gets one from tenancy on its first inquiry,
 * under a lock so that two first inquiries create one.
 */
@Component
class ProspectsTenants {

    private final JdbcClient jdbc;
    private final LimitLocks locks;
    private final TenantManagement tenancy;

    ProspectsTenants(JdbcClient jdbc, LimitLocks locks, TenantManagement tenancy) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.tenancy = tenancy;
    }

    /** The organisation's prospects tenant, created now when it has none; in the caller's transaction. */
    UUID of(String organisationId) {
        var known = find(organisationId);
        if (known.isPresent()) {
            return known.get();
        }
        locks.lock("TENANT", organisationId);
        return find(organisationId).orElseGet(() -> create(organisationId));
    }

    private UUID create(String organisationId) {
        var tenant = tenancy.createProspectsTenant(organisationId);
        jdbc.sql("insert into presales_tenant (organisation_id, tenant_id) values (:organisation, :tenant)")
                .param("organisation", organisationId)
                .param("tenant", tenant.id())
                .update();
        return tenant.id();
    }

    private Optional<UUID> find(String organisationId) {
        return jdbc.sql("select tenant_id from presales_tenant where organisation_id = :organisation")
                .param("organisation", organisationId)
                .query(UUID.class)
                .optional();
    }
}
