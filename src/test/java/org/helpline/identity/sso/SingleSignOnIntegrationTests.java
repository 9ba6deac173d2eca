package org.helpline.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID provider started by the test ({@link TestOpenIdProvider}):
 * Northwind's people at sso.northwind.example sign in there, the staff at staff.helpline.example
 * through the staff provider. The flow runs over HTTP step by step ({@link CodeFlow}) so that a
 * test can replay the provider's answer, and once in Chromium as a person does.
 */
@HelplineIntegrationTest
class SingleSignOnIntegrationTests {

    static final TestOpenIdProvider PROVIDER = TestOpenIdProvider.start();

    static final String ALICE = "alice@sso.northwind.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UUID northwind;

    @DynamicPropertySource
    static void staffProvider(DynamicPropertyRegistry registry) {
        StaffProvider.register(registry, PROVIDER);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @BeforeEach
    void northwindSignsInAtTheTestProvider() {
        northwind = SsoFixture.tenantId(jdbc, "northwind.example");
        SsoFixture.configureNorthwind(port, northwind, PROVIDER, false);
        PROVIDER.setGroups(ALICE, List.of("it-admins"));
    }

    @Test
    void theFirstSignInCreatesTheUserAndEverySignInTakesTheRolesFromTheDirectory() {
        var flow = new CodeFlow(port);
        assertThat(flow.finish(flow.toCallback(ALICE, ALICE))).isEqualTo(flow.app() + "/");
        assertThat(SsoFixture.roles(jdbc, ALICE)).containsExactly("GLOBAL_ADMIN");
        assertThat(flow.get("/tenant/users").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select tenant_id from app_user where login = :login")
                        .param("login", ALICE)
                        .query(UUID.class)
                        .single())
                .isEqualTo(northwind);
        assertThat(SsoFixture.audited(jdbc, "sign-in.succeeded", ALICE)).isPositive();
        assertThat(jdbc.sql("select count(*) from app_user where login = :login and last_sign_in_at is not null")
                        .param("login", ALICE)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        PROVIDER.setGroups(ALICE, List.of("staff"));
        var again = new CodeFlow(port);
        assertThat(again.finish(again.toCallback(ALICE, ALICE))).isEqualTo(again.app() + "/");

        assertThat(SsoFixture.roles(jdbc, ALICE)).containsExactly("USER");
        assertThat(again.get("/tenant/users").statusCode()).isEqualTo(403);
        assertThat(SsoFixture.audited(jdbc, "user.roles-changed", ALICE)).isPositive();
        assertThat(flow.get("/tenant/users").statusCode())
                .as("the session with the old roles ended")
                .isEqualTo(302);
    }

    @Test
    void inChromiumThePersonGoesToTheProviderAndComesBackSignedInWithTheDirectorysRoles() throws Exception {
        try (var browser = Browser.open("http://127.0.0.1:" + port, "en")) {
            signInAtTheProvider(browser, ALICE);
            browser.go("/tenant/users");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("People");
            assertThat(SsoFixture.roles(jdbc, ALICE)).containsExactly("GLOBAL_ADMIN");

            PROVIDER.setGroups(ALICE, List.of("staff"));
            browser.signOut();
            browser.driver().findElement(By.id("username")).sendKeys(ALICE);
            browser.driver().findElement(By.id("next")).click();
            backSignedIn(browser);
            assertThat(SsoFixture.roles(jdbc, ALICE)).containsExactly("USER");
            browser.go("/tenant/users");
            assertThat(browser.text(By.tagName("h1"))).isNotEqualTo("People");
        }
    }

    /** The e-mail at Helpline, the password at the provider's own sign-in page, and back. */
    private void signInAtTheProvider(Browser browser, String email) {
        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys(email);
        browser.driver().findElement(By.id("next")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains(PROVIDER.issuer() + "/login"));
        browser.driver().findElement(By.id("username")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        backSignedIn(browser);
    }

    private void backSignedIn(Browser browser) {
        var app = "http://127.0.0.1:" + port + "/";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            var url = driver.getCurrentUrl();
            return url.startsWith(app) && !url.contains("/login");
        });
    }

    @Test
    void aReplayedOrUnknownStateIsRefused() {
        var flow = new CodeFlow(port);
        var callback = flow.toCallback(ALICE, ALICE);
        assertThat(flow.finish(callback)).isEqualTo(flow.app() + "/");

        assertThat(flow.finish(callback)).isEqualTo(flow.app() + "/login?sso=replayed");
        var stranger = new CodeFlow(port);
        assertThat(stranger.finish(callback)).isEqualTo(stranger.app() + "/login?sso=replayed");
        var page = stranger.get("/login?sso=replayed").body();
        assertThat(page).contains("This sign-in link was already used or has expired.");
        assertThat(stranger.get("/tenant/users").statusCode()).isEqualTo(302);
    }

    @Test
    void anIdTokenOfAnotherIssuerIsRefused() {
        PROVIDER.setIdTokenIssuer("https://login.elsewhere.example");
        try {
            var flow = new CodeFlow(port);
            assertThat(flow.finish(flow.toCallback(ALICE, ALICE))).isEqualTo(flow.app() + "/login?sso=invalid_token");
            assertThat(flow.get("/login?sso=invalid_token").body()).contains("could not be verified");
            assertThat(flow.get("/tenant/users").statusCode()).isEqualTo(302);
        } finally {
            PROVIDER.setIdTokenIssuer(null);
        }
    }

    @Test
    void anAddressOfAnotherDomainFromTheProviderIsRefused() {
        var flow = new CodeFlow(port);
        var target = flow.finish(flow.toCallback("mallory@sso.northwind.example", "mallory@sso.northwind.example"));

        assertThat(target).isEqualTo(flow.app() + "/login?sso=foreign_domain");
        assertThat(flow.get("/login?sso=foreign_domain").body()).contains("a domain that it does not own here");
        assertThat(jdbc.sql("select count(*) from app_user where login = 'mallory@elsewhere.example'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(SsoFixture.audited(jdbc, "sign-in.failed", "mallory@elsewhere.example"))
                .isPositive();
    }

    @Test
    void anAddressOfADomainWithoutProviderGetsThePasswordStep() {
        var flow = new CodeFlow(port);
        var answer = flow.enterEmail("admin@northwind.example");

        assertThat(flow.location(answer)).isEqualTo(flow.app() + "/login");
        var page = flow.get("/login").body();
        assertThat(page).contains("id=\"password\"", "value=\"admin@northwind.example\"", "id=\"sign-in\"");
        var signedIn = flow.post(
                "/login",
                Map.of("username", "admin@northwind.example", "password", "demo", "_csrf", CodeFlow.csrf(page)));
        assertThat(flow.location(signedIn)).isEqualTo(flow.app() + "/");
    }

    @Test
    void whereSingleSignOnIsRequiredPasswordsAreRefusedInTheFormAndOverBasic() {
        assertThat(ApiClient.as(port, "admin@northwind.example")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
        SsoFixture.configureNorthwind(port, northwind, PROVIDER, true);
        try {
            var flow = new CodeFlow(port);
            var page = flow.get("/login").body();
            var refused = flow.post(
                    "/login",
                    Map.of("username", "admin@northwind.example", "password", "demo", "_csrf", CodeFlow.csrf(page)));
            assertThat(flow.location(refused)).isEqualTo(flow.app() + "/login?error");
            assertThat(flow.get("/login?error").body())
                    .contains("id=\"login-sso-required\"", "requires single sign-on");
            assertThat(ApiClient.as(port, "admin@northwind.example")
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
            assertThat(flow.finish(flow.toCallback(ALICE, ALICE))).isEqualTo(flow.app() + "/");
            assertThat(flow.get("/account").body())
                    .contains("id=\"password-sso\"")
                    .doesNotContain("id=\"password-form\"");
        } finally {
            SsoFixture.configureNorthwind(port, northwind, PROVIDER, false);
        }
        assertThat(ApiClient.as(port, "admin@northwind.example")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void staffSignInThroughTheStaffProviderWithTheirMappedRoles() {
        PROVIDER.setGroups("sam@staff.helpline.example", List.of("helpline-supervisors"));
        var flow = new CodeFlow(port);
        assertThat(flow.finish(flow.toCallback("sam@staff.helpline.example", "sam@staff.helpline.example")))
                .isEqualTo(flow.app() + "/");
        assertThat(SsoFixture.roles(jdbc, "sam@staff.helpline.example")).containsExactly("SUPERVISOR");
        assertThat(jdbc.sql("""
                        select organisation_id from app_user where login = 'sam@staff.helpline.example'
                        and tenant_id is null""").query(String.class).single()).isEqualTo("global");

        PROVIDER.setGroups("sam@staff.helpline.example", List.of("it-admins"));
        var again = new CodeFlow(port);
        assertThat(again.finish(again.toCallback("sam@staff.helpline.example", "sam@staff.helpline.example")))
                .isEqualTo(again.app() + "/login?sso=no_staff_role");
        assertThat(again.get("/login?sso=no_staff_role").body()).contains("no staff role");
        PROVIDER.setGroups("sam@staff.helpline.example", List.of("helpline-supervisors"));
    }

    @Test
    void theSettingsAreTheTenantsAdminsAndTheirOrganisationsAdminsAndNeverShowTheSecret() {
        var path = "/api/v1/tenants/" + northwind + "/sso";
        var northwindAdmin = ApiClient.as(port, "admin@northwind.example");
        var read = northwindAdmin.get(path);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("clientSecretSet").asBoolean()).isTrue();
        assertThat(read.json().has("clientSecret")).isFalse();
        assertThat(read.body()).doesNotContain("\"" + TestOpenIdProvider.SECRET + "\"");
        assertThat(read.json().get("redirectUri").asString()).endsWith("/login/oauth2/code/" + northwind);
        assertThat(read.json().get("roleMapping").get("it-admins").asString()).isEqualTo("GLOBAL_ADMIN");

        assertThat(ApiClient.as(port, "admin@contoso.example").get(path).status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "admin@contoso.example")
                        .put(path, SsoFixture.body(PROVIDER.issuer(), "x.example", false, "s"))
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "orgadmin@helpline.example").get(path).status())
                .isEqualTo(404);
        assertThat(ApiClient.as(port, "agent@operator.example").get(path).status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "orgadmin@operator.example").get(path).status())
                .isEqualTo(200);
    }

    @Test
    void issuersDomainsAndSecretsAreChecked() {
        var contoso = SsoFixture.tenantId(jdbc, "contoso.example");
        var path = "/api/v1/tenants/" + contoso + "/sso";
        var admin = ApiClient.as(port, "admin@contoso.example");

        SsoFixture.assertRefused(
                admin.put(path, SsoFixture.body("http://login.contoso.example", "sso-api.contoso.example", false, "s")),
                400,
                "issuer");
        var wrongIssuer = PROVIDER.issuer().replace("127.0.0.1", "localhost");
        SsoFixture.assertRefused(
                admin.put(path, SsoFixture.body(wrongIssuer, "sso-api.contoso.example", false, "s")), 400, "issuer");
        SsoFixture.assertRefused(
                admin.put(path, SsoFixture.body(PROVIDER.issuer(), "sso-api.contoso.example", false, null)),
                400,
                "clientSecret");
        SsoFixture.assertRefused(
                admin.put(path, SsoFixture.body(PROVIDER.issuer(), "helpline.example", false, "s")), 400, "domains");
        SsoFixture.assertRefused(
                admin.put(path, SsoFixture.body(PROVIDER.issuer(), "not a domain", false, "s")), 400, "domains");
        var taken = admin.put(path, SsoFixture.body(PROVIDER.issuer(), "sso.northwind.example", false, "s"));
        SsoFixture.assertRefused(taken, 409, "domains");
        assertThat(taken.json().get("type").asString()).endsWith("/domain-taken");

        var saved = admin.put(path, SsoFixture.body(PROVIDER.issuer(), "sso-api.contoso.example", false, "s"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long version = saved.json().get("version").asLong();
        var kept = admin.put(path, SsoFixture.body(PROVIDER.issuer(), "sso-api.contoso.example", false, null, version));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("clientSecretSet").asBoolean()).isTrue();
        var stale =
                admin.put(path, SsoFixture.body(PROVIDER.issuer(), "sso-api.contoso.example", false, null, version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(SsoFixture.auditedFor(jdbc, "sso.configured", contoso)).isEqualTo(2);

        assertThat(admin.delete(path).status()).isEqualTo(204);
        assertThat(admin.get(path).status()).isEqualTo(404);
        assertThat(SsoFixture.auditedFor(jdbc, "sso.removed", contoso)).isEqualTo(1);
        assertThat(Set.of(SsoFixture.roles(jdbc, "admin@contoso.example").toArray()))
                .containsExactly("GLOBAL_ADMIN");
    }

    @Test
    void thePageShowsTheRedirectUriAndSavesTheSettingsForTheTenantsAdminAndTheOrganisationsAdmin() {
        var admin = signedInWithPassword("admin@northwind.example");
        var page = admin.get("/tenant/sso").body();
        assertThat(page).contains("/login/oauth2/code/" + northwind, "value=\"" + PROVIDER.issuer() + "\"");
        assertThat(page).doesNotContain("value=\"" + TestOpenIdProvider.SECRET + "\"");
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("_csrf", CodeFlow.csrf(page));
        form.put("issuer", "http://sso.northwind.example");
        form.put("clientId", TestOpenIdProvider.CLIENT_ID);
        form.put("rolesClaim", "groups");
        form.put("roleMapping", "it-admins = GLOBAL_ADMIN\nstaff = USER");
        form.put("domains", "sso.northwind.example");
        var refused = admin.post("/tenant/sso", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Issuer URL: use https");

        form.put("issuer", PROVIDER.issuer());
        form.put("roleMapping", "it-admins = GLOBAL_ADMIN\nstaff = USER\nfinance = BILLING_ADMIN");
        assertThat(admin.location(admin.post("/tenant/sso", form))).endsWith("/tenant/sso?saved");
        assertThat(admin.get("/tenant/users").body()).contains("href=\"/tenant/sso\"");

        var orgAdmin = signedInWithPassword("orgadmin@operator.example");
        assertThat(orgAdmin.get("/admin/tenants/" + northwind).body()).contains("/admin/tenants/" + northwind + "/sso");
        assertThat(orgAdmin.get("/admin/tenants/" + northwind + "/sso").body())
                .contains("id=\"sso-redirect-uri\"", "sso.northwind.example");
        var contoso = SsoFixture.tenantId(jdbc, "contoso.example");
        assertThat(orgAdmin.get("/admin/tenants/" + contoso + "/sso").statusCode())
                .isEqualTo(404);
        assertThat(signedInWithPassword("admin@contoso.example")
                        .get("/tenant/sso")
                        .body())
                .doesNotContain("sso.northwind.example");
    }

    @Test
    void anInvitationToADomainWithAProviderAsksForNoPasswordAndLeadsToTheProvider() throws Exception {
        var email = "carol-" + UUID.randomUUID().toString().substring(0, 8) + "@sso.northwind.example";
        var invited = ApiClient.as(port, "admin@northwind.example")
                .post(
                        "/api/v1/tenants/" + northwind + "/users",
                        ApiClient.json(Map.of("email", email, "displayName", "Carol", "roles", List.of("USER"))));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        var token = "sso-invitation-" + UUID.randomUUID();
        var sha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        jdbc.sql(
                        "update user_invitation set token_hash = :hash where user_id = (select id from app_user where login = :login)")
                .param("hash", sha256)
                .param("login", email)
                .update();

        var person = new CodeFlow(port);
        var page = person.get("/invitations/" + token).body();
        assertThat(page).contains("id=\"invitation-sso\"").doesNotContain("id=\"password\"");
        var accepted = person.post("/invitations/" + token + "/sso", Map.of("_csrf", CodeFlow.csrf(page)));
        assertThat(person.location(accepted)).endsWith("/login?invitedThroughProvider");
        assertThat(jdbc.sql("select enabled from app_user where login = :login")
                        .param("login", email)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(person.get("/invitations/" + token).statusCode()).isEqualTo(410);
    }

    private CodeFlow signedInWithPassword(String login) {
        var flow = new CodeFlow(port);
        var page = flow.get("/login").body();
        var signedIn = flow.post("/login", Map.of("username", login, "password", "demo", "_csrf", CodeFlow.csrf(page)));
        assertThat(flow.location(signedIn)).doesNotContain("error");
        return flow;
    }
}
