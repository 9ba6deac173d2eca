package org.helpline.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What a user may do. Tenant roles belong to a customer; staff roles to a support organisation. */
public enum Role {
    GLOBAL_ADMIN(Kind.TENANT_ADMIN),
    BILLING_ADMIN(Kind.TENANT_ADMIN),
    SERVICE_SUPPORT_ADMIN(Kind.TENANT_ADMIN),
    HELPDESK_ADMIN(Kind.TENANT_ADMIN),
    USER(Kind.TENANT_USER),
    AGENT(Kind.STAFF),
    SUPERVISOR(Kind.STAFF),
    ORG_ADMIN(Kind.STAFF),
    PARTNER_AGENT(Kind.PARTNER);

    /** Which kind of account a role can be given to. */
    public enum Kind {
        TENANT_ADMIN,
        TENANT_USER,
        STAFF,
        PARTNER
    }

    private final Kind kind;

    Role(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTenantRole() {
        return kind == Kind.TENANT_ADMIN || kind == Kind.TENANT_USER;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Set<Role> tenantAdminRoles() {
        return EnumSet.of(GLOBAL_ADMIN, BILLING_ADMIN, SERVICE_SUPPORT_ADMIN, HELPDESK_ADMIN);
    }

    public static boolean anyTenantAdmin(Collection<Role> roles) {
        return roles.stream().anyMatch(role -> role.kind == Kind.TENANT_ADMIN);
    }
}
