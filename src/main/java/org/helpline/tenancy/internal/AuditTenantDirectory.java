package org.helpline.tenancy.internal;

import java.util.List;
import org.helpline.audit.TenantDirectory;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/** Offers the organisation's tenants as filters of the audit trail. */
@Component
class AuditTenantDirectory implements TenantDirectory {

    private static final int MAX_CHOICES = 200;

    private final TenantManagement tenants;

    AuditTenantDirectory(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @Override
    public List<TenantOption> tenantsOf(String organisationId) {
        return tenants.tenants(organisationId, null, 0, MAX_CHOICES).stream()
                .map(tenant -> new TenantOption(tenant.id(), tenant.name()))
                .toList();
    }
}
