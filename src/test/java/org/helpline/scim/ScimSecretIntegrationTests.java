package org.helpline.scim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /api/v1/tenants/{id}/scim-secret}: made, replaced and revoked by the tenant's global
 * admins and its organisation's admins only; shown once and kept as a hash.
 */
@HelplineIntegrationTest
class ScimSecretIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantManagement tenancy;

    @Autowired
    UserManagement users;

    private ScimTenants tenants;
    private ScimTenants.ScimTenant tenant;
    private ApiClient admin;

    @BeforeEach
    void aTenantWithoutASecret() {
        tenants = new ScimTenants(port, tenancy, users);
        tenant = tenants.withoutSecret();
        admin = ApiClient.as(port, tenant.adminLogin(), ScimTenants.PASSWORD);
    }

    @Test
    void theSecretIsShownOnceKeptAsAHashAndANewOneReplacesIt() throws Exception {
        assertThat(admin.get(tenant.scimSecretPath()).json().get("connected").asBoolean())
                .isFalse();

        var first = admin.post(tenant.scimSecretPath(), "{}");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var secret = first.json().get("secret").asString();
        assertThat(secret).startsWith("scim_").hasSizeGreaterThan(40);
        assertThat(first.json().get("scimUrl").asString()).endsWith("/scim/v2");
        assertThat(storedHash()).isEqualTo(sha256(secret)).doesNotContain(secret);
        var status = admin.get(tenant.scimSecretPath());
        assertThat(status.body()).doesNotContain(secret);
        assertThat(status.json().get("connected").asBoolean()).isTrue();
        assertThat(status.json().get("createdBy").asString()).isEqualTo(tenant.adminLogin());
        assertThat(status.json().get("lastUsedAt").isNull()).isTrue();
        assertThat(ScimClient.with(port, secret).get("/Users").status()).isEqualTo(200);
        assertThat(admin.get(tenant.scimSecretPath()).json().get("lastUsedAt").isNull())
                .as("the last use is recorded")
                .isFalse();

        var second =
                admin.post(tenant.scimSecretPath(), "{}").json().get("secret").asString();

        assertThat(second).isNotEqualTo(secret);
        assertThat(ScimClient.with(port, secret).get("/Users").status()).isEqualTo(401);
        assertThat(ScimClient.with(port, second).get("/Users").status()).isEqualTo(200);
        assertThat(admin.delete(tenant.scimSecretPath()).status()).isEqualTo(204);
        assertThat(ScimClient.with(port, second).get("/Users").status()).isEqualTo(401);
        assertThat(admin.delete(tenant.scimSecretPath()).status()).isEqualTo(404);
        assertThat(auditActions())
                .containsExactlyInAnyOrder("scim.secret.created", "scim.secret.created", "scim.secret.revoked");
    }

    @Test
    void theOrganisationsAdminConnectsTheTenantsDirectoryToo() {
        var orgAdmin = ApiClient.as(port, "orgadmin@helpline.example");

        var made = orgAdmin.post(tenant.scimSecretPath(), "{}");

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(ScimClient.with(port, made.json().get("secret").asString())
                        .get("/Users")
                        .status())
                .isEqualTo(200);
        assertThat(orgAdmin.delete(tenant.scimSecretPath()).status()).isEqualTo(204);
    }

    @Test
    void nobodyElseMakesOrSeesTheSecret() {
        var user = "user@" + tenant.domain();
        tenants.newUser(tenant.id(), user, Role.USER);
        var billing = "billing@" + tenant.domain();
        tenants.newUser(tenant.id(), billing, Role.BILLING_ADMIN);
        var forbidden = List.of(
                ApiClient.as(port, user, ScimTenants.PASSWORD),
                ApiClient.as(port, billing, ScimTenants.PASSWORD),
                ApiClient.as(port, "admin@contoso.example"),
                ApiClient.as(port, "agent@helpline.example"));
        for (var outsider : forbidden) {
            assertThat(outsider.post(tenant.scimSecretPath(), "{}").status()).isEqualTo(403);
            assertThat(outsider.get(tenant.scimSecretPath()).status()).isEqualTo(403);
            assertThat(outsider.delete(tenant.scimSecretPath()).status()).isEqualTo(403);
        }
        var otherOrganisation = ApiClient.as(port, "orgadmin@operator.example");
        assertThat(otherOrganisation.post(tenant.scimSecretPath(), "{}").status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(port).post(tenant.scimSecretPath(), "{}").status())
                .isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from scim_secret where tenant_id = :tenant")
                        .param("tenant", tenant.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String storedHash() {
        return jdbc.sql("select secret_hash from scim_secret where tenant_id = :tenant")
                .param("tenant", tenant.id())
                .query(String.class)
                .single();
    }

    private List<String> auditActions() {
        return jdbc.sql(
                        "select action from audit_event where tenant_id = :tenant and action like 'scim.%' order by occurred_at")
                .param("tenant", tenant.id())
                .query(String.class)
                .list();
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
