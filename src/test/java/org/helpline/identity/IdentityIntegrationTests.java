package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@HelplineIntegrationTest
class IdentityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void meAnswersWhoTheCallerIsOverBasic() {
        var me = ApiClient.as(port, "admin@contoso.example").get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        var json = me.json();
        assertThat(json.get("login").asString()).isEqualTo("admin@contoso.example");
        assertThat(json.get("roles").get(0).asString()).isEqualTo("GLOBAL_ADMIN");
        assertThat(json.get("tenant").get("name").asString()).isEqualTo("Contoso");
        assertThat(json.get("organisation").get("id").asString()).isEqualTo("global");
        assertThat(json.get("timeZone").asString()).isEqualTo("Europe/Warsaw");
        assertThat(json.get("locale").asString()).isEqualTo("pl");
    }

    @Test
    void meOfStaffAndPartnerNamesNoTenant() {
        var agent =
                ApiClient.as(port, "agent@operator.example").get("/api/v1/me").json();
        assertThat(agent.get("tenant").isNull()).isTrue();
        assertThat(agent.get("organisation").get("id").asString()).isEqualTo("cn");
        assertThat(agent.get("timeZone").asString()).isEqualTo("Asia/Shanghai");

        var partner =
                ApiClient.as(port, "partner@litware.example").get("/api/v1/me").json();
        assertThat(partner.get("partner").get("name").asString()).isEqualTo("Litware");
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndStopsWorkingWhenRevoked() {
        var admin = ApiClient.as(port, "admin@fabrikam.example");
        var created =
                admin.post("/api/v1/me/tokens", ApiClient.json(Map.of("name", "ci", "scope", "read", "validDays", 30)));
        assertThat(created.status()).isEqualTo(201);
        var secret = created.json().get("secret").asString();
        var id = created.json().get("token").get("id").asString();

        assertThat(ApiClient.bearer(port, secret)
                        .get("/api/v1/me")
                        .json()
                        .get("login")
                        .asString())
                .isEqualTo("admin@fabrikam.example");
        assertThat(admin.get("/api/v1/me/tokens").body()).contains(id).doesNotContain(secret);
        var stored = jdbc.sql("select token_hash from api_token where id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(secret).hasSize(64);

        assertThat(admin.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        var refused = ApiClient.bearer(port, secret).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).contains("application/problem+json");
    }

    @Test
    void aUserCannotSeeOrRevokeAnotherUsersToken() {
        var fabrikam = ApiClient.as(port, "admin@fabrikam.example");
        var id = fabrikam.post(
                        "/api/v1/me/tokens", ApiClient.json(Map.of("name", "mine", "scope", "read", "validDays", 30)))
                .json()
                .get("token")
                .get("id")
                .asString();

        var contoso = ApiClient.as(port, "admin@contoso.example");
        assertThat(contoso.get("/api/v1/me/tokens").body()).doesNotContain(id);
        assertThat(contoso.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(404);
        assertThat(fabrikam.get("/api/v1/me/tokens").body()).contains(id);
    }

    @Test
    void badTokenRequestsAreRefusedWithTheField() {
        var admin = ApiClient.as(port, "admin@contoso.example");
        var missing = admin.post("/api/v1/me/tokens", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        var tooLong = admin.post("/api/v1/me/tokens", ApiClient.json(Map.of("name", "x".repeat(101))));
        assertThat(tooLong.status()).isEqualTo(400);

        var wrongType = admin.post("/api/v1/me/tokens", "{\"name\":\"a\",\"validDays\":\"soon\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString())
                .isEqualTo("validDays");

        assertThat(admin.post("/api/v1/me/tokens", "not json").status()).isEqualTo(400);
    }

    @Test
    void repeatedWrongPasswordsMakeTheNextAttemptWaitAndAreAudited() {
        var login = "locked-" + UUID.randomUUID() + "@contoso.example";
        var tenantId = ApiClient.as(port, "admin@contoso.example")
                .get("/api/v1/me")
                .json()
                .get("tenant")
                .get("id")
                .asString();
        var created = ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login",
                                login,
                                "name",
                                "Lock Test",
                                "password",
                                "correct-horse",
                                "tenantId",
                                tenantId,
                                "roles",
                                List.of("USER"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(ApiClient.as(port, login, "correct-horse").get("/api/v1/me").status())
                .isEqualTo(200);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(ApiClient.as(port, login, "wrong").get("/api/v1/me").status())
                    .isEqualTo(401);
        }

        var throttled = ApiClient.as(port, login, "correct-horse").get("/api/v1/me");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("type").asString()).endsWith("too-many-sign-in-attempts");
        var actions = jdbc.sql("select action from audit_event where actor_login = :login")
                .param("login", login)
                .query(String.class)
                .list();
        assertThat(actions).contains("sign-in.failed", "sign-in.throttled");
    }
}
