package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Under {@code helpline.security.staff-second-factor=required}, staff who signed in with their
 * password reach nothing (pages, fragments, the API) until they enrol and then show a second factor;
 * a code works once, a wrong one counts against the sign-in throttle, HTTP Basic is refused them
 * and a bearer token made after the second factor works.
 */
@HelplineIntegrationTest
@TestPropertySource(properties = "helpline.security.staff-second-factor=required")
class SecondFactorIntegrationTests {

    static final String PASSWORD = "second-factor-1";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern CODE = Pattern.compile("<code class=\"fs-6\">([a-z2-9]{6}-[a-z2-9]{6})</code>");
    private static final Pattern TOKEN =
            Pattern.compile("id=\"created-token\">.*?<code[^>]*>([^<]+)</code>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgentReachesNothingUntilEnrolledThenShowsTheCodeAtEachSignIn() {
        var login = newStaff(Role.AGENT);
        var browser = FormSession.on(port).from(address()).signIn(login, PASSWORD);

        for (var page : List.of("/", "/workspace", "/requests", "/account", "/alerts", "/login/second-factor")) {
            assertSentTo(browser.get(page), "/account/second-factor");
        }
        var fragment = browser.getFragment("/alerts/bell");
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/account/second-factor");
        assertThat(fragment.body()).isEmpty();
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);

        var enrolment = browser.get("/account/second-factor");
        assertThat(enrolment.statusCode()).isEqualTo(200);
        assertThat(enrolment.body()).contains("id=\"second-factor-required\"").doesNotContain("/alerts/bell");
        var secret = secretOn(enrolment.body());
        var qr = browser.get("/account/second-factor/qr.svg");
        assertThat(qr.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(qr.body()).startsWith("<svg");

        var wrong = browser.post(
                "/account/second-factor", "/account/second-factor/totp", Map.of("code", wrongCode(secret)));
        assertThat(wrong.body()).contains("id=\"enrol-refused\"");
        assertSentTo(browser.get("/"), "/account/second-factor");

        var enrolCode = Rfc6238.code(secret, Instant.now().getEpochSecond());
        var sessionBefore = browser.cookie("SESSION");
        var codesPage =
                browser.post("/account/second-factor", "/account/second-factor/totp", Map.of("code", enrolCode));
        assertThat(codesPage.statusCode()).isEqualTo(200);
        var recoveryCodes = recoveryCodesOn(codesPage.body());
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(browser.cookie("SESSION")).isNotEqualTo(sessionBefore);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        assertThat(browser.get("/workspace").statusCode()).isEqualTo(200);
        assertThat(storedSecret(login)).doesNotContain(secret.replace(" ", ""));
        assertThat(auditActions(login)).contains("user.second-factor-enrolled");

        var token = tokenOf(browser);
        assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);
        var basic = ApiClient.as(port, login, PASSWORD).get("/api/v1/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().get("type").asString()).endsWith("/second-factor-required");
        var factors =
                ApiClient.bearer(port, token).get("/api/v1/me/second-factors").json();
        assertThat(factors.get("totp").asBoolean()).isTrue();
        assertThat(factors.get("required").asBoolean()).isTrue();
        assertThat(factors.get("recoveryCodesLeft").asInt()).isEqualTo(10);

        var second = FormSession.on(port).from(address()).signIn(login, PASSWORD);
        for (var page : List.of("/", "/account", "/account/second-factor")) {
            assertSentTo(second.get(page), "/login/second-factor");
        }
        assertThat(second.get("/login/second-factor").body()).contains("id=\"code-form\"");
        assertThat(check(second, enrolCode).body()).as("a used code").contains("id=\"second-factor-refused\"");
        assertThat(check(second, wrongCode(secret)).body()).contains("id=\"second-factor-refused\"");
        assertSentTo(second.get("/"), "/login/second-factor");
        var before = second.cookie("SESSION");
        assertSentTo(check(second, recoveryCodes.get(0)), "/");
        assertThat(second.cookie("SESSION")).isNotEqualTo(before);
        assertThat(second.get("/account").statusCode()).isEqualTo(200);

        var third = FormSession.on(port).from(address()).signIn(login, PASSWORD);
        assertThat(check(third, recoveryCodes.get(0)).body())
                .as("a recovery code used twice")
                .contains("id=\"second-factor-refused\"");
        var nextStep = Rfc6238.code(secret, Instant.now().getEpochSecond() + 30);
        assertSentTo(check(third, nextStep), "/");
        assertThat(third.get("/account").body()).contains("id=\"recovery-codes-left\"");

        var regenerated = recoveryCodesOn(third.post("/account", "/account/second-factor/recovery-codes", Map.of())
                .body());
        assertThat(regenerated).hasSize(10).doesNotContainAnyElementsOf(recoveryCodes);
        assertThat(auditActions(login)).contains("user.recovery-codes-regenerated");
        var fourth = FormSession.on(port).from(address()).signIn(login, PASSWORD);
        assertThat(check(fourth, recoveryCodes.get(1)).body())
                .as("a code from before the regeneration")
                .contains("id=\"second-factor-refused\"");
        assertSentTo(check(fourth, regenerated.get(0)), "/");
    }

    @Test
    void wrongCodesAreThrottledLikePasswords() {
        var login = newStaff(Role.SUPERVISOR);
        var browser = FormSession.on(port).from(address()).signIn(login, PASSWORD);
        var secret = secretOn(browser.get("/account/second-factor").body());
        enrol(browser, secret);
        var next = FormSession.on(port).from(address()).signIn(login, PASSWORD);

        var refusals = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            refusals.add(check(next, wrongCode(secret)).body());
        }

        assertThat(refusals.get(0)).contains("id=\"second-factor-refused\"");
        assertThat(refusals.get(5)).contains("id=\"second-factor-throttled\"");
        var right = check(next, Rfc6238.code(secret, Instant.now().getEpochSecond()));
        assertThat(right.body()).as("even the right code waits").contains("id=\"second-factor-throttled\"");
        assertThat(auditActions(login)).contains("sign-in.failed", "sign-in.throttled");
    }

    @Test
    void anOrgAdminResetsAnAgentsFactorsWhichEndsTheirSessions() {
        var agent = newStaff(Role.AGENT);
        var agentId = idOf(agent);
        var agentBrowser = FormSession.on(port).from(address()).signIn(agent, PASSWORD);
        enrol(agentBrowser, secretOn(agentBrowser.get("/account/second-factor").body()));
        assertThat(agentBrowser.get("/account").statusCode()).isEqualTo(200);

        assertThat(ApiClient.as(port, "admin@contoso.example")
                        .delete("/api/v1/users/" + agentId + "/second-factors")
                        .status())
                .as("a tenant admin")
                .isEqualTo(403);
        var admin = newStaff(Role.ORG_ADMIN);
        var adminBrowser = FormSession.on(port).from(address()).signIn(admin, PASSWORD);
        enrol(adminBrowser, secretOn(adminBrowser.get("/account/second-factor").body()));
        var adminApi = ApiClient.bearer(port, tokenOf(adminBrowser));
        assertThat(adminApi.delete("/api/v1/users/" + UUID.randomUUID() + "/second-factors")
                        .status())
                .isEqualTo(404);

        assertThat(adminApi.delete("/api/v1/users/" + agentId + "/second-factors")
                        .status())
                .isEqualTo(204);

        assertThat(agentBrowser.reads("/account"))
                .as("the agent's session ended")
                .isFalse();
        assertThat(auditActions(agent)).contains("user.second-factor-reset");
        var again = FormSession.on(port).from(address()).signIn(agent, PASSWORD);
        assertSentTo(again.get("/"), "/account/second-factor");

        enrol(again, secretOn(again.get("/account/second-factor").body()));
        var page = adminBrowser.post(
                "/admin/users/" + agentId, "/admin/users/" + agentId + "/second-factors/reset", Map.of());
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).endsWith("/admin/users/" + agentId + "?secondFactorReset"));
        assertThat(again.reads("/account")).isFalse();
    }

    @Test
    void aTenantRequiresASecondFactorOfItsUsers() {
        var tenantId = jdbc.sql("select tenant_id from app_user where login = 'admin@contoso.example'")
                .query(UUID.class)
                .single();
        var fabrikam = ApiClient.as(port, "admin@fabrikam.example");
        var security = "/api/v1/tenants/" + tenantId + "/security";
        var login = "sf-user-" + UUID.randomUUID() + "@contoso.example";
        users.create("global", new NewUser(login, "Tenant user", PASSWORD, tenantId, null, Set.of(Role.USER), null));
        var admin = "sf-admin-" + UUID.randomUUID() + "@contoso.example";
        users.create(
                "global",
                new NewUser(admin, "Tenant admin", PASSWORD, tenantId, null, Set.of(Role.GLOBAL_ADMIN), null));
        var contoso = ApiClient.as(port, admin, PASSWORD);
        assertThat(FormSession.on(port)
                        .from(address())
                        .signIn(login, PASSWORD)
                        .get("/account")
                        .statusCode())
                .as("a tenant user signs in with a password while the tenant does not require more")
                .isEqualTo(200);

        assertThat(fabrikam.put(security, "{\"secondFactorRequired\":true}").status())
                .isEqualTo(403);
        assertThat(contoso.put(security, "{}").status()).isEqualTo(400);
        assertThat(ApiClient.as(port, login, PASSWORD)
                        .put(security, "{\"secondFactorRequired\":true}")
                        .status())
                .isEqualTo(403);
        try {
            var changed = contoso.put(security, "{\"secondFactorRequired\":true}");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().get("secondFactorRequired").asBoolean()).isTrue();

            var browser = FormSession.on(port).from(address()).signIn(login, PASSWORD);
            assertSentTo(browser.get("/"), "/account/second-factor");
            assertThat(ApiClient.as(port, login, PASSWORD).get("/api/v1/me").status())
                    .isEqualTo(401);
            assertThat(auditActions(tenantId.toString())).contains("tenant.second-factor-required");
        } finally {
            jdbc.sql("delete from tenant_second_factor where tenant_id = :tenant")
                    .param("tenant", tenantId)
                    .update();
        }
    }

    static void enrol(FormSession browser, String secret) {
        var page = browser.post(
                "/account/second-factor",
                "/account/second-factor/totp",
                Map.of("code", Rfc6238.code(secret, Instant.now().getEpochSecond())));
        assertThat(page.body()).contains("id=\"recovery-codes\"");
    }

    static String secretOn(String page) {
        var matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the page shows the secret").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    private String newStaff(Role role) {
        var login = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@helpline.example";
        users.create("global", new NewUser(login, "Staff " + role, PASSWORD, null, null, Set.of(role), null));
        return login;
    }

    private static HttpResponse<String> check(FormSession browser, String code) {
        return browser.post("/login/second-factor", "/login/second-factor", Map.of("code", code));
    }

    private static String tokenOf(FormSession browser) {
        var created = browser.post(
                "/account", "/account/tokens", Map.of("name", "tests", "scope", "READ_WRITE", "validDays", "7"));
        assertThat(created.statusCode()).isEqualTo(302);
        var matcher = TOKEN.matcher(browser.get("/account").body());
        assertThat(matcher.find()).as("the new token is shown").isTrue();
        return matcher.group(1).trim();
    }

    private static List<String> recoveryCodesOn(String page) {
        var codes = new ArrayList<String>();
        var matcher = CODE.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** A six-digit code that is none of those accepted now. */
    private static String wrongCode(String secret) {
        long now = Instant.now().getEpochSecond();
        var accepted = Set.of(
                Rfc6238.code(secret, now - 30),
                Rfc6238.code(secret, now),
                Rfc6238.code(secret, now + 30),
                Rfc6238.code(secret, now + 60));
        for (int candidate = 123456; ; candidate++) {
            var code = Integer.toString(candidate);
            if (!accepted.contains(code)) {
                return code;
            }
        }
    }

    private static void assertSentTo(HttpResponse<String> response, String path) {
        assertThat(response.statusCode())
                .as(response.uri() + " answers a redirect")
                .isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(path));
    }

    private UUID idOf(String login) {
        return jdbc.sql("select id from app_user where login = :login")
                .param("login", login)
                .query(UUID.class)
                .single();
    }

    private String storedSecret(String login) {
        return jdbc.sql(
                        "select t.secret_sealed from user_totp t join app_user u on u.id = t.user_id where u.login = :login")
                .param("login", login)
                .query(String.class)
                .single();
    }

    private List<String> auditActions(String target) {
        return jdbc.sql("select action from audit_event where target = :target")
                .param("target", target)
                .query(String.class)
                .list();
    }

    private static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }
}
