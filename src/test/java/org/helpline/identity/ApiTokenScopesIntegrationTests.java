package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Personal API tokens have a scope and an expiry, and only a password sign-in manages them. */
@HelplineIntegrationTest
class ApiTokenScopesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} is refused naming {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no expiry | {\"name\":\"NAME\",\"scope\":\"read\"} | validDays",
                "an expiry beyond a year | {\"name\":\"NAME\",\"scope\":\"read\",\"validDays\":366} | validDays",
                "no expiry of zero days | {\"name\":\"NAME\",\"scope\":\"read\",\"validDays\":0} | validDays",
                "no scope | {\"name\":\"NAME\",\"validDays\":30} | scope",
                "an unknown scope | {\"name\":\"NAME\",\"scope\":\"admin\",\"validDays\":30} | scope"
            })
    void aTokenNeedsAScopeAndAnExpiryWithinAYear(String why, String body, String field) {
        var name = "bad-" + UUID.randomUUID();
        var response =
                ApiClient.as(port, "admin@contoso.example").post("/api/v1/me/tokens", body.replace("NAME", name));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
        assertThat(tokensNamed(name)).isZero();
    }

    @Test
    void aTokenIsCreatedWithItsScopeAndExpiry() {
        var created = create("admin@contoso.example", "read", 30).get("token");

        assertThat(created.get("scope").asString()).isEqualTo("read");
        var expires = Instant.parse(created.get("expiresAt").asString());
        var madeAt = Instant.parse(created.get("createdAt").asString());
        assertThat(Duration.between(madeAt, expires)).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aReadOnlyTokenReadsButAnyWriteIsForbidden() {
        var readOnly = ApiClient.bearer(port, secret(create("admin@contoso.example", "read", 7)));
        var title = "Read-only token " + UUID.randomUUID();

        assertThat(readOnly.get("/api/v1/me").status()).isEqualTo(200);
        var refused = readOnly.post("/api/v1/requests", ApiClient.json(request(title)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("only read");
        assertThat(readOnly.put("/api/v1/requests/" + UUID.randomUUID() + "/status", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(readOnly.delete("/api/v1/me/tokens/" + UUID.randomUUID()).status())
                .isEqualTo(403);
        assertThat(requestsTitled(title)).isZero();

        var readWrite = ApiClient.bearer(port, secret(create("admin@contoso.example", "read-write", 7)));
        assertThat(readWrite
                        .post("/api/v1/requests", ApiClient.json(request(title)))
                        .status())
                .isEqualTo(201);
        assertThat(requestsTitled(title)).isOne();
    }

    @Test
    void aTokenCannotMintListOrRevokeTokens() {
        var own = create("admin@contoso.example", "read-write", 7);
        var bearer = ApiClient.bearer(port, secret(own));
        var name = "minted-" + UUID.randomUUID();

        var minted = bearer.post(
                "/api/v1/me/tokens", ApiClient.json(Map.of("name", name, "scope", "read-write", "validDays", 365)));
        assertThat(minted.status()).isEqualTo(403);
        assertThat(minted.contentType()).contains("application/problem+json");
        assertThat(tokensNamed(name)).isZero();
        assertThat(bearer.get("/api/v1/me/tokens").status()).isEqualTo(403);
        var id = own.get("token").get("id").asString();
        assertThat(bearer.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(403);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenAnswers401() {
        var created = create("admin@contoso.example", "read", 1);
        jdbc.sql("update api_token set expires_at = :past where id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1)))
                .param("id", UUID.fromString(created.get("token").get("id").asString()))
                .update();

        var refused = ApiClient.bearer(port, secret(created)).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).contains("application/problem+json");
    }

    @Test
    void theLastUseIsWrittenOnceAMinuteNotOnEveryCall() {
        var created = create("admin@contoso.example", "read", 1);
        var id = UUID.fromString(created.get("token").get("id").asString());
        var bearer = ApiClient.bearer(port, secret(created));
        assertThat(lastUsed(id)).isNull();

        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);
        var first = lastUsed(id);
        assertThat(first).isNotNull();
        for (int call = 0; call < 5; call++) {
            assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(lastUsed(id)).isEqualTo(first);
    }

    private JsonNode create(String login, String scope, int validDays) {
        var response = ApiClient.as(port, login)
                .post(
                        "/api/v1/me/tokens",
                        ApiClient.json(
                                Map.of("name", "t-" + UUID.randomUUID(), "scope", scope, "validDays", validDays)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String secret(JsonNode created) {
        return created.get("secret").asString();
    }

    private static Map<String, Object> request(String title) {
        var contact = Map.<String, Object>of(
                "phone", "+48 22 123 45 67", "email", "admin@contoso.example", "preferredMethod", "EMAIL");
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "TECHNICAL");
        body.put("serviceId", "mail");
        body.put("problemClassification", "mail-flow");
        body.put("title", title);
        body.put("description", "Mail is delayed.");
        body.put("severity", "C");
        body.put("routeTo", "PROVIDER");
        body.put("contact", contact);
        return body;
    }

    private long tokensNamed(String name) {
        return jdbc.sql("select count(*) from api_token where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long requestsTitled(String title) {
        return jdbc.sql("select count(*) from service_request where title = :title")
                .param("title", title)
                .query(Long.class)
                .single();
    }

    private Instant lastUsed(UUID id) {
        return jdbc.sql("select last_used_at from api_token where id = :id")
                .param("id", id)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single()
                .orElse(null);
    }
}
