package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.TestTenants;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tenant's global admin manages the tenant's people through {@code /api/v1/tenants/{id}/users}:
 * only tenant roles, only their own tenant, never without an enabled global admin; each change
 * audited and ending the user's sessions.
 */
@HelplineIntegrationTest
class TenantPeopleIntegrationTests {

    private static final String PASSWORD = "tenant-admin-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantManagement tenancy;

    @Autowired
    UserManagement users;

    private UUID tenantId;
    private String adminLogin;
    private UUID adminId;
    private ApiClient admin;

    @BeforeEach
    void aTenantWithOneGlobalAdmin() {
        var tenant = TestTenants.make(tenancy, "People", "p");
        tenantId = tenant.id();
        adminLogin = tenant.address("admin");
        adminId = newUser(adminLogin, Role.GLOBAL_ADMIN);
        admin = ApiClient.as(port, adminLogin, PASSWORD);
    }

    @Test
    void aGlobalAdminInvitesChangesAndRemovesTheirPeople() {
        var email = "new-" + UUID.randomUUID() + "@people.example";
        var invited = admin.post(users(), invitation(email, List.of("USER"), "pl"));

        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        var id = invited.json().get("id").asString();
        assertThat(invited.json().get("enabled").asBoolean()).isFalse();
        assertThat(invited.json().get("invited").asBoolean()).isTrue();
        var listed = admin.get(users()).json();
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.findValuesAsString("email")).containsExactlyInAnyOrder(adminLogin, email);
        assertThat(ApiClient.as(port, email, "anything-at-all")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
        var mail = jdbc.sql("select template, payload, has_secrets from notify_message where recipient = :to")
                .param("to", email)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getBoolean(3))))
                .single();
        assertThat(mail.get(0)).isEqualTo("identity/mail/invitation");
        assertThat(mail.get(1)).contains("Invited Person").doesNotContain("/invitations/");
        assertThat(mail.get(2)).as("the link is a secret value").isEqualTo("true");
        assertThat(jdbc.sql("select token_hash from user_invitation where user_id = cast(:id as uuid)")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .hasSize(64);

        var changed = admin.put(users() + "/" + id, change(List.of("BILLING_ADMIN", "USER"), true));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("roles").valueStream().map(role -> role.asString()))
                .containsExactlyInAnyOrder("BILLING_ADMIN", "USER");
        assertThat(changed.json().get("enabled").asBoolean()).isTrue();

        assertThat(admin.delete(users() + "/" + id).status()).isEqualTo(204);
        assertThat(admin.get(users()).json().findValuesAsString("email")).containsExactly(adminLogin);
        assertThat(users.exists(email)).isFalse();
        assertThat(auditActions(email)).contains("user.invited", "user.roles-changed", "user.removed");
    }

    @Test
    void theOrganisationsAdminManagesTheTenantsPeopleToo() {
        var orgAdmin = ApiClient.as(port, "orgadmin@helpline.example");
        var invited = orgAdmin.post(
                users(), invitation("org-" + UUID.randomUUID() + "@people.example", List.of("GLOBAL_ADMIN"), null));

        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(orgAdmin.get(users()).json().size()).isEqualTo(2);
    }

    @Test
    void nobodyGrantsAStaffRoleOrAPartnersRole() {
        var email = "staff-" + UUID.randomUUID() + "@people.example";
        for (var role : List.of("AGENT", "SUPERVISOR", "ORG_ADMIN", "PARTNER_AGENT")) {
            var refused = admin.post(users(), invitation(email, List.of("USER", role), null));
            assertRefused(refused, 400, "invalid-input", "roles");
        }
        assertThat(users.exists(email)).isFalse();

        var promoted = admin.put(users() + "/" + adminId, change(List.of("GLOBAL_ADMIN", "ORG_ADMIN"), true));
        assertRefused(promoted, 400, "invalid-input", "roles");
        var byOrgAdmin = ApiClient.as(port, "orgadmin@helpline.example")
                .put(users() + "/" + adminId, change(List.of("GLOBAL_ADMIN", "AGENT"), true));
        assertRefused(byOrgAdmin, 400, "invalid-input", "roles");
        assertThat(admin.get("/api/v1/me").json().get("roles").valueStream().map(role -> role.asString()))
                .containsExactly("GLOBAL_ADMIN");
    }

    @Test
    void anotherTenantsAdminABillingAdminAndAUserAreRefused() {
        var userId = newUser("user-" + UUID.randomUUID() + "@people.example", Role.USER);
        var someoneLogin = "x-" + UUID.randomUUID() + "@people.example";
        var someone = invitation(someoneLogin, List.of("USER"), null);
        var billing = ApiClient.as(port, newUserLogin(Role.BILLING_ADMIN), PASSWORD);
        var user = ApiClient.as(port, newUserLogin(Role.USER), PASSWORD);
        for (var outsider : List.of(ApiClient.as(port, "admin@contoso.example"), billing, user)) {
            assertThat(outsider.get(users()).status()).isEqualTo(403);
            assertThat(outsider.post(users(), someone).status()).isEqualTo(403);
            assertThat(outsider.put(users() + "/" + userId, change(List.of("GLOBAL_ADMIN"), true))
                            .status())
                    .isEqualTo(403);
            assertThat(outsider.delete(users() + "/" + userId).status()).isEqualTo(403);
        }
        var otherOrganisation = ApiClient.as(port, "orgadmin@operator.example");
        assertRefused(otherOrganisation.get(users()), 404, "not-found", null);
        assertRefused(otherOrganisation.delete(users() + "/" + userId), 404, "not-found", null);
        var contosoId = ApiClient.as(port, "admin@contoso.example")
                .get("/api/v1/me")
                .json()
                .get("tenant")
                .get("id")
                .asString();
        var contosoAdmin = ApiClient.as(port, "admin@contoso.example");
        assertRefused(contosoAdmin.delete("/api/v1/tenants/" + contosoId + "/users/" + userId), 404, "not-found", null);
        assertThat(users.exists(someoneLogin)).isFalse();
        assertThat(admin.get(users()).json().size()).isEqualTo(4);
    }

    @Test
    void theLastEnabledGlobalAdminCannotBeRemovedDisabledOrDemoted() {
        var orgAdmin = ApiClient.as(port, "orgadmin@helpline.example");
        for (var client : List.of(admin, orgAdmin)) {
            assertRefused(
                    client.put(users() + "/" + adminId, change(List.of("BILLING_ADMIN"), true)),
                    409,
                    "last-global-admin",
                    "roles");
            assertRefused(
                    client.put(users() + "/" + adminId, change(List.of("GLOBAL_ADMIN"), false)),
                    409,
                    "last-global-admin",
                    "enabled");
            assertRefused(client.delete(users() + "/" + adminId), 409, "last-global-admin", "userId");
        }
        var disabledAdmin = admin.post(
                        users(),
                        invitation("second-" + UUID.randomUUID() + "@people.example", List.of("GLOBAL_ADMIN"), null))
                .json()
                .get("id")
                .asString();
        assertRefused(admin.delete(users() + "/" + adminId), 409, "last-global-admin", "userId");

        assertThat(admin.put(users() + "/" + disabledAdmin, change(List.of("GLOBAL_ADMIN"), true))
                        .status())
                .isEqualTo(200);
        var demoted = admin.put(users() + "/" + adminId, change(List.of("USER"), true));

        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        assertThat(admin.get(users()).status()).isEqualTo(403);
    }

    @Test
    void aChangeEndsTheUsersSessionsAndTheListShowsTheLastSignIn() {
        var login = newUserLogin(Role.USER);
        var userId = users.users("global", login, 0, 1).get(0).id();
        assertThat(signedInYet(login)).isFalse();
        var browser = FormSession.on(port).signIn(login, PASSWORD);
        assertThat(browser.reads("/support")).isTrue();
        assertThat(signedInYet(login)).isTrue();

        var changed = admin.put(users() + "/" + userId, change(List.of("USER", "BILLING_ADMIN"), true));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(browser.reads("/support")).isFalse();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :login")
                        .param("login", login)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private boolean signedInYet(String login) {
        for (var person : admin.get(users()).json()) {
            if (person.get("email").asString().equals(login)) {
                var at = person.get("lastSignInAt");
                return at != null && !at.isNull();
            }
        }
        throw new AssertionError(login + " is not listed");
    }

    private static void assertRefused(ApiClient.Response response, int status, String slug, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/" + slug);
        if (field != null) {
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .contains(field);
        }
    }

    private String users() {
        return "/api/v1/tenants/" + tenantId + "/users";
    }

    private UUID newUser(String login, Role role) {
        return users.create("global", new NewUser(login, "Someone", PASSWORD, tenantId, null, Set.of(role), null))
                .id();
    }

    private String newUserLogin(Role role) {
        var login = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@people.example";
        newUser(login, role);
        return login;
    }

    private List<String> auditActions(String target) {
        return jdbc.sql("select action from audit_event where tenant_id = :tenant and target = :target")
                .param("tenant", tenantId)
                .param("target", target)
                .query(String.class)
                .list();
    }

    private static String invitation(String email, List<String> roles, String language) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("email", email);
        body.put("displayName", "Invited Person");
        body.put("roles", roles);
        body.put("language", language);
        return ApiClient.json(body);
    }

    private static String change(List<String> roles, boolean enabled) {
        return ApiClient.json(Map.of("roles", roles, "enabled", enabled));
    }
}
