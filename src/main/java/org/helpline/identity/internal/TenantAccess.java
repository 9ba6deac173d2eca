package org.helpline.identity.internal;

import java.util.UUID;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Component;

/**
 * Who may manage a tenant's people: the organisation admins of the tenant's support organisation
 * (another organisation's tenant is not found, as elsewhere) and the tenant's own global admins
 * (another tenant is forbidden, since they know only their own).
 */
@Component
class TenantAccess {

    private final TenantManagement tenants;

    TenantAccess(TenantManagement tenants) {
        this.tenants = tenants;
    }

    TenantProfile tenant(HelplineUser actor, UUID tenantId) {
        if (actor.has(Role.ORG_ADMIN)) {
            return tenants.findProfileInOrganisation(actor.organisationId(), tenantId)
                    .orElseThrow(() -> new NotFoundException("Tenant", tenantId));
        }
        if (!actor.has(Role.GLOBAL_ADMIN)
                || !actor.tenantId().map(tenantId::equals).orElse(false)) {
            throw new ForbiddenException(
                    "Only the tenant's global admins and its organisation's admins manage its people.");
        }
        return tenants.findProfileInOrganisation(actor.organisationId(), tenantId)
                .orElseThrow(() -> new NotFoundException("Tenant", tenantId));
    }
}
