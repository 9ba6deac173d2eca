package org.helpline.scim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
 * A directory's groups over {@code /scim/v2/Groups}: a member of a group named for a role has the
 * role, and loses it when taken out of the group or when the group is renamed or deleted.
 */
@HelplineIntegrationTest
class ScimGroupsIntegrationTests {

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
    private ScimClient directory;

    @BeforeEach
    void aTenantWithADirectory() {
        tenants = new ScimTenants(port, tenancy, users);
        tenant = tenants.withSecret();
        directory = ScimClient.with(port, tenant.secret());
    }

    @Test
    void membershipOfTheAdminsGroupGrantsGlobalAdminAndRemovalTakesItAway() {
        var login = "linus@" + tenant.domain();
        var userId = provisioned(login);
        var created = directory.post("/Groups", group("Global admin", "ext-admins", List.of(userId)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var groupId = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/scim/v2/Groups/" + groupId);
        assertThat(created.json().at("/members/0/value").asString()).isEqualTo(userId);
        assertThat(created.json().at("/members/0/display").asString()).isEqualTo(login);
        assertThat(roles(login)).containsExactlyInAnyOrder("USER", "GLOBAL_ADMIN");
        assertThat(directory
                        .get("/Users/" + userId)
                        .json()
                        .at("/groups/0/display")
                        .asString())
                .isEqualTo("Global admin");

        var removed = directory.patch("/Groups/" + groupId, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Remove","path":"members[value eq \\"%s\\"]"}]}""".formatted(userId));

        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("members").size()).isZero();
        assertThat(roles(login)).containsExactly("USER");

        var added = directory.patch("/Groups/" + groupId, """
                {"Operations":[{"op":"Add","path":"members","value":[{"value":"%s"}]}]}""".formatted(userId));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(roles(login)).containsExactlyInAnyOrder("USER", "GLOBAL_ADMIN");

        var renamed = directory.patch("/Groups/" + groupId, """
                {"Operations":[{"op":"Replace","value":{"id":"%s","displayName":"Everyone"}}]}""".formatted(groupId));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(roles(login)).as("a group's new name maps to no role").containsExactly("USER");

        assertThat(directory
                        .put("/Groups/" + groupId, group("Billing admin", null, List.of(userId)))
                        .status())
                .isEqualTo(200);
        assertThat(roles(login)).containsExactlyInAnyOrder("USER", "BILLING_ADMIN");

        assertThat(directory.delete("/Groups/" + groupId).status()).isEqualTo(204);
        assertThat(directory.get("/Groups/" + groupId).status()).isEqualTo(404);
        assertThat(roles(login)).containsExactly("USER");
        assertThat(auditActions())
                .contains("scim.group.created", "scim.group.changed", "scim.group.deleted", "user.roles-changed");
    }

    @Test
    void groupsAreFoundByNameAndPagedAndListedWithoutMembersWhenAsked() {
        var member = provisioned("m@" + tenant.domain());
        for (var name : List.of("Sales", "Support", "Finance")) {
            assertThat(directory
                            .post("/Groups", group(name, "ext-" + name, List.of(member)))
                            .status())
                    .isEqualTo(201);
        }

        var found = directory.filter("Groups", "displayName eq \"support\"");
        assertThat(found.json().get("totalResults").asInt()).isEqualTo(1);
        assertThat(found.json().at("/Resources/0/externalId").asString()).isEqualTo("ext-Support");
        assertThat(directory
                        .filter("Groups", "externalId eq \"ext-Finance\"")
                        .json()
                        .get("totalResults")
                        .asInt())
                .isEqualTo(1);
        var page = directory
                .get("/Groups?startIndex=2&count=1&excludedAttributes=members")
                .json();
        assertThat(page.get("totalResults").asInt()).isEqualTo(3);
        assertThat(page.at("/Resources/0/displayName").asString()).isEqualTo("Support");
        assertThat(page.at("/Resources/0/members").isMissingNode()).isTrue();

        var sameName = directory.post("/Groups", group("SALES", null, List.of()));
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("scimType").asString()).isEqualTo("uniqueness");
        assertThat(directory.filter("Groups", "displayName sw \"S\"").status()).isEqualTo(400);
    }

    @Test
    void aGroupHoldsOnlyItsOwnTenantsUsersAndNoOtherTenantSeesIt() {
        var other = tenants.withSecret();
        var otherDirectory = ScimClient.with(port, other.secret());
        var ours = provisioned("ours@" + tenant.domain());
        var otherAdminId = otherDirectory
                .filter("Users", "userName eq \"" + other.adminLogin() + "\"")
                .json()
                .at("/Resources/0/id")
                .asString();

        var foreignMember = directory.post("/Groups", group("Global admin", null, List.of(otherAdminId)));
        assertThat(foreignMember.status()).isEqualTo(400);
        assertThat(foreignMember.json().get("scimType").asString()).isEqualTo("invalidValue");
        var groupId = directory
                .post("/Groups", group("Global admin", null, List.of(ours)))
                .json()
                .get("id")
                .asString();
        var theirGroup = otherDirectory
                .post("/Groups", group("Global admin", null, List.of()))
                .json()
                .get("id")
                .asString();

        assertThat(otherDirectory.get("/Groups/" + groupId).status()).isEqualTo(404);
        assertThat(otherDirectory.delete("/Groups/" + groupId).status()).isEqualTo(404);
        assertThat(otherDirectory
                        .patch("/Groups/" + groupId, """
                                {"Operations":[{"op":"add","path":"members","value":[{"value":"%s"}]}]}""".formatted(otherAdminId))
                        .status())
                .isEqualTo(404);
        assertThat(otherDirectory.get("/Groups").json().get("totalResults").asInt())
                .isEqualTo(1);
        assertThat(directory.get("/Groups/" + theirGroup).status()).isEqualTo(404);
        assertThat(directory
                        .filter("Groups", "displayName eq \"Global admin\"")
                        .json()
                        .at("/Resources/0/id")
                        .asString())
                .isEqualTo(groupId);
        var joinTheirs = directory.patch("/Groups/" + theirGroup, """
                {"Operations":[{"op":"add","path":"members","value":[{"value":"%s"}]}]}""".formatted(ours));
        assertThat(joinTheirs.status()).isEqualTo(404);
        assertThat(roles(other.adminLogin())).containsExactly("GLOBAL_ADMIN");
    }

    @Test
    void theTenantsLastGlobalAdminIsNotTakenAwayByTheDirectory() {
        var adminId = directory
                .filter("Users", "userName eq \"" + tenant.adminLogin() + "\"")
                .json()
                .at("/Resources/0/id")
                .asString();
        var groupId = directory
                .post("/Groups", group("Global admin", null, List.of(adminId)))
                .json()
                .get("id")
                .asString();

        var refused = directory.patch("/Groups/" + groupId, """
                {"Operations":[{"op":"remove","path":"members"}]}""");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(roles(tenant.adminLogin())).contains("GLOBAL_ADMIN");
        assertThat(directory.get("/Groups/" + groupId).json().get("members").size())
                .isEqualTo(1);
        var deactivate = directory.patch("/Users/" + adminId, """
                {"Operations":[{"op":"replace","path":"active","value":false}]}""");
        assertThat(deactivate.status()).isEqualTo(409);
        assertThat(users.exists(tenant.adminLogin())).isTrue();
        tenants.newUser(tenant.id(), "second@" + tenant.domain(), Role.GLOBAL_ADMIN);
        assertThat(directory.patch("/Groups/" + groupId, """
                        {"Operations":[{"op":"remove","path":"members"}]}""").status()).isEqualTo(200);
    }

    private String provisioned(String login) {
        var created = directory.post("/Users", ScimUsersIntegrationTests.user(login, null, true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String group(String name, String externalId, List<String> members) {
        var group = new java.util.LinkedHashMap<String, Object>();
        group.put("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:Group"));
        group.put("displayName", name);
        if (externalId != null) {
            group.put("externalId", externalId);
        }
        group.put("members", members.stream().map(id -> Map.of("value", id)).toList());
        return ScimClient.json(group);
    }

    private List<String> roles(String login) {
        return jdbc.sql("select r.role from user_role r join app_user u on u.id = r.user_id where u.login = :login")
                .param("login", login)
                .query(String.class)
                .list();
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where tenant_id = :tenant")
                .param("tenant", tenant.id())
                .query(String.class)
                .list();
    }
}
