package org.helpline.scim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * A tenant's directory creates, finds, pages, replaces, patches (as Entra ID writes it) and deletes
 * the tenant's users over {@code /scim/v2/Users} with the tenant's secret, and sees nothing of
 * another tenant.
 */
@HelplineIntegrationTest
class ScimUsersIntegrationTests {

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
    void aDirectoryCreatesFindsReplacesAndDeletesAUser() {
        var created = directory.post("/Users", user("ada@" + tenant.domain(), "ext-ada", true));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));
        var id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/scim/v2/Users/" + id);
        assertThat(created.header("ETag"))
                .isEqualTo(created.json().at("/meta/version").asString());
        assertThat(created.json().at("/meta/resourceType").asString()).isEqualTo("User");
        assertThat(created.json().get("userName").asString()).isEqualTo("ada@" + tenant.domain());
        assertThat(created.json().get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(created.json().get("preferredLanguage").asString()).isEqualTo("pl-PL");
        assertThat(roles("ada@" + tenant.domain())).containsExactly("USER");
        assertThat(invitationsTo("ada@" + tenant.domain()))
                .as("an active user without single sign-on is sent the invitation")
                .isEqualTo(1);
        assertThat(language("ada@" + tenant.domain())).isEqualTo("pl");

        assertThat(directory.get("/Users/" + id).json().get("externalId").asString())
                .isEqualTo("ext-ada");
        var byName = directory.filter("Users", "userName eq \"ADA@" + tenant.domain() + "\"");
        assertThat(byName.json().get("totalResults").asInt()).isEqualTo(1);
        assertThat(byName.json().at("/Resources/0/id").asString()).isEqualTo(id);
        var both =
                directory.filter("Users", "externalId eq \"ext-ada\" and userName eq \"ada@" + tenant.domain() + "\"");
        assertThat(both.json().get("totalResults").asInt()).isEqualTo(1);
        assertThat(directory
                        .filter("Users", "externalId eq \"EXT-ADA\"")
                        .json()
                        .get("totalResults")
                        .asInt())
                .as("externalId compares case-sensitively")
                .isZero();

        var replaced = directory.put(
                "/Users/" + id,
                ScimClient.json(Map.of(
                        "schemas",
                        List.of("urn:ietf:params:scim:schemas:core:2.0:User"),
                        "userName",
                        "ada.king@" + tenant.domain(),
                        "name",
                        Map.of("givenName", "Ada", "familyName", "King"),
                        "active",
                        true)));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("displayName").asString()).isEqualTo("Ada King");
        assertThat(replaced.json().get("externalId"))
                .as("PUT replaces: absent means removed")
                .isNull();
        assertThat(replaced.json().at("/meta/version").asString())
                .isNotEqualTo(created.json().at("/meta/version").asString());
        assertThat(users.exists("ada@" + tenant.domain())).isFalse();

        assertThat(directory.delete("/Users/" + id).status()).isEqualTo(204);
        var gone = directory.get("/Users/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("schemas").get(0).asString())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(gone.json().get("status").asString()).isEqualTo("404");
        assertThat(users.exists("ada.king@" + tenant.domain())).isFalse();
        assertThat(auditActions()).contains("user.provisioned", "user.profile-changed", "user.removed");
        assertThat(auditActors()).contains("SCIM");
    }

    @Test
    void aUserOfADomainTheTenantSignsInThroughItsProviderGetsNoInvitation() {
        var domain = "sso." + tenant.domain();
        jdbc.sql("""
                        insert into tenant_sso (tenant_id, issuer, client_id, client_secret, roles_claim, required,
                                                updated_at, version)
                        values (:tenant, 'https://login.example/tenant', 'helpline', 'sealed', 'groups', false,
                                current_timestamp, 0)
                        """).param("tenant", tenant.id()).update();
        jdbc.sql("insert into tenant_sso_domain (domain, tenant_id) values (:domain, :tenant)")
                .param("domain", domain)
                .param("tenant", tenant.id())
                .update();

        var created = directory.post("/Users", user("grace@" + domain, "ext-grace", true));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(invitationsTo("grace@" + domain))
                .as("they sign in at their provider")
                .isZero();
        var other = directory.post("/Users", user("linus@" + tenant.domain(), "ext-linus", true));
        assertThat(other.status()).isEqualTo(201);
        assertThat(invitationsTo("linus@" + tenant.domain()))
                .as("another domain of the tenant, without the provider")
                .isEqualTo(1);
    }

    @Test
    void listsArePagedAndCounted() {
        for (int i = 0; i < 4; i++) {
            assertThat(directory
                            .post("/Users", user("p" + i + "@" + tenant.domain(), "p" + i, true))
                            .status())
                    .isEqualTo(201);
        }

        var page = directory.get("/Users?startIndex=2&count=2").json();

        assertThat(page.get("schemas").get(0).asString())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(page.get("totalResults").asInt())
                .as("the admin and four users")
                .isEqualTo(5);
        assertThat(page.get("startIndex").asInt()).isEqualTo(2);
        assertThat(page.get("itemsPerPage").asInt()).isEqualTo(2);
        assertThat(page.get("Resources").findValuesAsString("userName"))
                .containsExactly("p0@" + tenant.domain(), "p1@" + tenant.domain());
        assertThat(directory
                        .get("/Users?startIndex=5&count=10")
                        .json()
                        .get("Resources")
                        .size())
                .isEqualTo(1);
        assertThat(directory.get("/Users?count=0").json().get("Resources").size())
                .isZero();
        assertThat(directory.get("/Users?count=many").status()).isEqualTo(400);
    }

    @Test
    void entraPatchesWithCapitalisedOpsStringBooleansAndFilteredPaths() {
        var id = directory
                .post("/Users", user("grace@" + tenant.domain(), "ext-grace", true))
                .json()
                .get("id")
                .asString();

        var patched = directory.patch("/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[
                   {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"g.hopper@%1$s"},
                   {"op":"Add","path":"name.givenName","value":"Grace"},
                   {"op":"Replace","path":"name.familyName","value":"Hopper"},
                   {"op":"Replace","path":"displayName","value":"Grace Hopper"},
                   {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Navy"},
                   {"op":"Remove","path":"externalId"},
                   {"op":"replace","value":{"preferredLanguage":"en-GB","active":"True"}}
                 ]}""".formatted(tenant.domain()));

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        var json = patched.json();
        assertThat(json.at("/emails/0/value").asString()).isEqualTo("g.hopper@" + tenant.domain());
        assertThat(json.at("/name/givenName").asString()).isEqualTo("Grace");
        assertThat(json.at("/name/familyName").asString()).isEqualTo("Hopper");
        assertThat(json.get("displayName").asString()).isEqualTo("Grace Hopper");
        assertThat(json.get("externalId")).isNull();
        assertThat(json.get("userName").asString()).isEqualTo("grace@" + tenant.domain());
        assertThat(language("grace@" + tenant.domain())).isEqualTo("en");

        var deactivated = directory.patch("/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""");
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(openInvitations("grace@" + tenant.domain()))
                .as("a deactivated user's invitation no longer enables them")
                .isZero();

        var nonsense = directory.patch("/Users/" + id, """
                {"Operations":[{"op":"Replace","path":"active","value":"perhaps"}]}""");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.json().get("scimType").asString()).isEqualTo("invalidValue");
        var unknownOp = directory.patch("/Users/" + id, """
                {"Operations":[{"op":"Move","path":"active","value":true}]}""");
        assertThat(unknownOp.status()).isEqualTo(400);
    }

    @Test
    void deactivationEndsTheUsersSessionsAtOnce() throws Exception {
        var login = "signed-in@" + tenant.domain();
        tenants.newUser(tenant.id(), login, Role.USER);
        var browser = new Browser(port);
        browser.signIn(login, ScimTenants.PASSWORD);
        assertThat(browser.status("/support")).isEqualTo(200);
        var id = directory
                .filter("Users", "userName eq \"" + login + "\"")
                .json()
                .at("/Resources/0/id")
                .asString();

        var patched = directory.patch("/Users/" + id, """
                {"Operations":[{"op":"replace","value":{"active":false}}]}""");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(browser.status("/support")).as("sent to sign in").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :login")
                        .param("login", login)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTakenUserNameIsAConflictAndABadFilterIsRefused() {
        assertThat(directory
                        .post("/Users", user("dup@" + tenant.domain(), null, true))
                        .status())
                .isEqualTo(201);

        for (var taken : List.of("dup@" + tenant.domain(), "DUP@" + tenant.domain(), "admin@contoso.example")) {
            var again = directory.post("/Users", user(taken, null, true));
            assertThat(again.status()).as(again.body()).isEqualTo(409);
            assertThat(again.json().get("scimType").asString()).isEqualTo("uniqueness");
        }
        for (var filter : List.of(
                "userName co \"dup\"",
                "userName eq \"a\" or userName eq \"b\"",
                "title eq \"x\"",
                "userName eq",
                "(userName eq \"a\")",
                "userName eq \"a\" and")) {
            var refused = directory.filter("Users", filter);
            assertThat(refused.status()).as(filter).isEqualTo(400);
            assertThat(refused.json().get("scimType").asString()).isEqualTo("invalidFilter");
        }
        var noUserName = directory.post("/Users", "{\"displayName\":\"Nobody\"}");
        assertThat(noUserName.status()).isEqualTo(400);
        assertThat(noUserName.json().get("scimType").asString()).isEqualTo("invalidValue");
        assertThat(directory.post("/Users", user("not-an-address", null, true)).status())
                .isEqualTo(400);
        assertThat(directory.post("/Users", "{not json").json().get("scimType").asString())
                .isEqualTo("invalidSyntax");
    }

    @Test
    void aSecretReachesOnlyItsOwnTenantsUsers() {
        var other = tenants.withSecret();
        var otherDirectory = ScimClient.with(port, other.secret());
        var ours = directory
                .post("/Users", user("ours@" + tenant.domain(), "same-ext", true))
                .json()
                .get("id")
                .asString();
        var theirs = otherDirectory
                .post("/Users", user("theirs@" + other.domain(), "same-ext", true))
                .json()
                .get("id")
                .asString();

        for (var check : List.of(
                new Object[] {directory, theirs, "theirs@" + other.domain(), other.adminLogin()},
                new Object[] {otherDirectory, ours, "ours@" + tenant.domain(), tenant.adminLogin()})) {
            var client = (ScimClient) check[0];
            var foreignId = (String) check[1];
            assertThat(client.get("/Users/" + foreignId).status()).isEqualTo(404);
            assertThat(client.put("/Users/" + foreignId, user("x@" + tenant.domain(), null, true))
                            .status())
                    .isEqualTo(404);
            assertThat(client.patch(
                                    "/Users/" + foreignId,
                                    "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}")
                            .status())
                    .isEqualTo(404);
            assertThat(client.delete("/Users/" + foreignId).status()).isEqualTo(404);
            for (var filter : List.of("userName eq \"" + check[2] + "\"", "userName eq \"" + check[3] + "\"")) {
                assertThat(client.filter("Users", filter)
                                .json()
                                .get("totalResults")
                                .asInt())
                        .isZero();
            }
            assertThat(client.filter("Users", "externalId eq \"same-ext\"")
                            .json()
                            .get("totalResults")
                            .asInt())
                    .isEqualTo(1);
            assertThat(client.get("/Users").json().get("totalResults").asInt()).isEqualTo(2);
        }
        assertThat(users.exists("theirs@" + other.domain())).isTrue();
        assertThat(directory.get("/Users/" + ours).json().get("active").asBoolean())
                .isTrue();
    }

    @Test
    void noWrongOrRevokedSecretIsRefused() {
        var refusedClients = List.of(
                ScimClient.with(port, null),
                ScimClient.with(port, "scim_not-the-secret"),
                ScimClient.with(port, tenant.secret() + "x"));
        for (var client : refusedClients) {
            var refused = client.get("/Users");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("schemas").get(0).asString())
                    .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
            assertThat(refused.json().get("status").asString()).isEqualTo("401");
            assertThat(client.post("/Users", user("x@" + tenant.domain(), null, true))
                            .status())
                    .isEqualTo(401);
        }
        assertThat(directory
                        .get("/ServiceProviderConfig")
                        .json()
                        .at("/patch/supported")
                        .asBoolean())
                .isTrue();
        assertThat(directory.get("/ResourceTypes").json().get("totalResults").asInt())
                .isEqualTo(2);
        assertThat(directory.get("/Schemas").json().get("Resources").findValuesAsString("id"))
                .contains("urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:core:2.0:Group");

        var revoked = org.helpline.ApiClient.as(port, tenant.adminLogin(), ScimTenants.PASSWORD)
                .delete(tenant.scimSecretPath());
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(directory.get("/Users").status()).isEqualTo(401);
        assertThat(users.exists("x@" + tenant.domain())).isFalse();
    }

    static String user(String userName, String externalId, boolean active) {
        var user = new java.util.LinkedHashMap<String, Object>();
        user.put("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:User"));
        user.put("userName", userName);
        if (externalId != null) {
            user.put("externalId", externalId);
        }
        user.put("name", Map.of("givenName", "Ada", "familyName", "Lovelace"));
        user.put("emails", List.of(Map.of("value", userName, "type", "work", "primary", true)));
        user.put("active", active);
        user.put("preferredLanguage", "pl-PL");
        return ScimClient.json(user);
    }

    private List<String> roles(String login) {
        return jdbc.sql("select r.role from user_role r join app_user u on u.id = r.user_id where u.login = :login")
                .param("login", login)
                .query(String.class)
                .list();
    }

    private String language(String login) {
        return jdbc.sql("select language from app_user where login = :login")
                .param("login", login)
                .query(String.class)
                .single();
    }

    private long invitationsTo(String login) {
        return jdbc.sql(
                        "select count(*) from notify_message where recipient = :to and template = 'identity/mail/invitation'")
                .param("to", login)
                .query(Long.class)
                .single();
    }

    private long openInvitations(String login) {
        return jdbc.sql("""
                select count(*) from user_invitation i join app_user u on u.id = i.user_id
                where u.login = :login and i.used_at is null and i.expires_at > current_timestamp
                """).param("login", login).query(Long.class).single();
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where tenant_id = :tenant")
                .param("tenant", tenant.id())
                .query(String.class)
                .list();
    }

    private List<String> auditActors() {
        return jdbc.sql("select actor_login from audit_event where tenant_id = :tenant and action like 'user.%'")
                .param("tenant", tenant.id())
                .query(String.class)
                .list();
    }

    /** A browser signed in through the sign-in form, with its own cookies. */
    static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final int port;

        Browser(int port) {
            this.port = port;
        }

        void signIn(String login, String password) throws Exception {
            var page = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
            var csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).isTrue();
            var form =
                    "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            var signedIn = http.send(
                    request("/login")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        }

        int status(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", "en");
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
