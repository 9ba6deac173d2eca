package org.helpline.scim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.TestTenants;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;

/** Fresh tenants of the demo's organisation, each with one global admin and, when asked, a SCIM secret. */
final class ScimTenants {

    static final String PASSWORD = "tenant-admin-1";

    /** A tenant, its global admin's login, and the secret of its directory (null until made). */
    record ScimTenant(UUID id, String adminLogin, String domain, String secret) {

        String scimSecretPath() {
            return "/api/v1/tenants/" + id + "/scim-secret";
        }
    }

    private final int port;
    private final TenantManagement tenancy;
    private final UserManagement users;

    ScimTenants(int port, TenantManagement tenancy, UserManagement users) {
        this.port = port;
        this.tenancy = tenancy;
        this.users = users;
    }

    ScimTenant withoutSecret() {
        var made = TestTenants.make(tenancy, "Directory", "s");
        var domain = made.domain();
        var tenantId = made.id();
        var admin = "admin@" + domain;
        newUser(tenantId, admin, Role.GLOBAL_ADMIN);
        return new ScimTenant(tenantId, admin, domain, null);
    }

    ScimTenant withSecret() {
        var tenant = withoutSecret();
        var made = ApiClient.as(port, tenant.adminLogin(), PASSWORD).post(tenant.scimSecretPath(), "{}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return new ScimTenant(
                tenant.id(),
                tenant.adminLogin(),
                tenant.domain(),
                made.json().get("secret").asString());
    }

    UUID newUser(UUID tenantId, String login, Role role) {
        return users.create("global", new NewUser(login, "Someone", PASSWORD, tenantId, null, Set.of(role), null))
                .id();
    }
}
