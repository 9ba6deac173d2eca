package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.TestTenants;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Under {@code optional} (the embedded default) staff sign in with a password alone and the sign-in
 * page says so on the demo; who enrols a factor anyway is asked for it from then on.
 */
@HelplineIntegrationTest
class SecondFactorOptionalIntegrationTests {

    private static final String PASSWORD = "second-factor-2";

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    TenantManagement tenancy;

    @Test
    void theDemoSignInPageSaysStaffSecondFactorsAreOptionalHere() {
        var page = FormSession.on(port).get("/login").body();

        assertThat(page).contains("id=\"second-factor-optional\"");
    }

    @Test
    void aGlobalAdminRequiresASecondFactorOfTheTenantOnThePeoplePage() {
        var tenant = TestTenants.make(tenancy, "Second factor", "sf");
        var tenantId = tenant.id();
        var admin = tenant.address("admin");
        users.create("global", new NewUser(admin, "Admin", PASSWORD, tenantId, null, Set.of(Role.GLOBAL_ADMIN), null));
        var browser = FormSession.on(port).signIn(admin, PASSWORD);
        assertThat(browser.get("/tenant/users").body()).contains("id=\"second-factor-required\"");

        var saved = browser.post("/tenant/users", "/tenant/users/security", Map.of("required", "true"));

        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/tenant/users?securitySaved"));
        var next = FormSession.on(port).signIn(admin, PASSWORD);
        var asked = next.get("/tenant/users");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/second-factor"));
        assertThat(ApiClient.as(port, admin, PASSWORD).get("/api/v1/me").status())
                .isEqualTo(401);
        assertThat(ApiClient.as(port, "admin@contoso.example")
                        .get("/api/v1/tenants/" + tenantId + "/security")
                        .status())
                .as("another tenant's admin")
                .isEqualTo(403);
    }

    @Test
    void staffSignInWithAPasswordUntilTheyEnrolAFactorOfTheirOwn() {
        var login = "agent-" + UUID.randomUUID() + "@helpline.example";
        users.create("global", new NewUser(login, "Agent", PASSWORD, null, null, Set.of(Role.AGENT), null));
        var browser = FormSession.on(port).signIn(login, PASSWORD);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        var api = ApiClient.as(port, login, PASSWORD);
        var factors = api.get("/api/v1/me/second-factors").json();
        assertThat(factors.get("totp").asBoolean()).isFalse();
        assertThat(factors.get("required").asBoolean()).isFalse();
        assertThat(browser.get("/account").body()).contains("id=\"second-factor\"", "id=\"set-up-totp\"");

        var enrolment = browser.get("/account/second-factor").body();
        assertThat(enrolment).doesNotContain("id=\"second-factor-required\"");
        var secret = SecondFactorIntegrationTests.secretOn(enrolment);
        SecondFactorIntegrationTests.enrol(browser, secret);

        assertThat(browser.get("/account").statusCode())
                .as("the enrolling session stays signed in")
                .isEqualTo(200);
        assertThat(api.get("/api/v1/me").status())
                .as("Basic is a password alone")
                .isEqualTo(401);
        var next = FormSession.on(port).signIn(login, PASSWORD);
        var asked = next.get("/account");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login/second-factor"));
        var code = Rfc6238.code(secret, Instant.now().getEpochSecond() + 30);
        next.post("/login/second-factor", "/login/second-factor", Map.of("code", code));
        assertThat(next.get("/account").statusCode()).isEqualTo(200);

        next.post("/account", "/account/second-factor/totp/remove", Map.of());
        assertThat(FormSession.on(port).signIn(login, PASSWORD).get("/account").statusCode())
                .as("without a factor the password suffices again")
                .isEqualTo(200);
    }
}
