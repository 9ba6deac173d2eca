package org.helpline.identity.internal;

import java.util.Set;
import java.util.UUID;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * Which roles fit which account: tenant roles need a tenant of the organisation, staff roles no
 * tenant and no partner, and the partner agent role a partner of the organisation.
 */
@Component
public class RoleRules {

    private final TenantManagement tenants;

    RoleRules(TenantManagement tenants) {
        this.tenants = tenants;
    }

    public void check(String organisationId, UUID tenantId, UUID partnerId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "must name at least one role");
        }
        var kinds = roles.stream().map(Role::kind).distinct().toList();
        boolean tenantRoles = roles.stream().allMatch(Role::isTenantRole);
        if (tenantId != null) {
            if (!tenantRoles) {
                throw new InvalidInputException("roles", "a tenant's user can have tenant roles only");
            }
            var tenant = tenants.findProfileInOrganisation(organisationId, tenantId);
            if (tenant.isEmpty()) {
                throw new InvalidInputException("tenantId", "is not a tenant of your organisation");
            }
            if (tenant.get().keepsProspects()) {
                // Its users would read every prospect's request: only the organisation's agents may.
                throw new InvalidInputException("tenantId", "keeps prospects' requests and can have no users");
            }
            return;
        }
        if (partnerId != null) {
            if (!roles.equals(Set.of(Role.PARTNER_AGENT))) {
                throw new InvalidInputException("roles", "a partner's user can have the PARTNER_AGENT role only");
            }
            var partner = tenants.partner(partnerId);
            if (partner.isEmpty() || !partner.get().organisationId().equals(organisationId)) {
                throw new InvalidInputException("partnerId", "is not a partner of your organisation");
            }
            return;
        }
        if (kinds.size() != 1 || kinds.get(0) != Role.Kind.STAFF) {
            throw new InvalidInputException("roles", "staff can have AGENT, SUPERVISOR and ORG_ADMIN roles only");
        }
    }
}
