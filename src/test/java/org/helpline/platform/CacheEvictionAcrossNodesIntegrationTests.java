package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineApplication;
import org.helpline.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one PostgreSQL database: what one node changes in a shared cache's rows is seen by
 * the other within a second, although the other keeps its entries for {@link Caches#TIME_TO_LIVE}.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+")
class CacheEvictionAcrossNodesIntegrationTests {

    private static final String PASSWORD = "first-password-1";
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext here;
    private static ConfigurableApplicationContext there;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        var database = TestDatabase.ownDatabase("caches");
        here = start(database);
        there = start(database);
    }

    @AfterAll
    static void stopBothNodes() {
        if (there != null) {
            there.close();
        }
        if (here != null) {
            here.close();
        }
    }

    @Test
    void aRoleTakenAwayOnOneNodeIsGoneOnTheOtherWithinASecond() {
        var user = newTenantAdmin(List.of("GLOBAL_ADMIN", "USER"));
        var token = tokenOf(user);
        assertThat(rolesThere(token)).containsExactly("GLOBAL_ADMIN", "USER");

        changeRoles(user, List.of("USER"), true);

        await().atMost(WITHIN).untilAsserted(() -> assertThat(rolesThere(token)).containsExactly("USER"));
    }

    @Test
    void aUserDisabledOnOneNodeIsRefusedOnTheOtherWithinASecond() {
        var user = newTenantAdmin(List.of("GLOBAL_ADMIN"));
        var token = tokenOf(user);
        assertThat(statusThere(token)).isEqualTo(200);

        changeRoles(user, List.of("GLOBAL_ADMIN"), false);

        await().atMost(WITHIN)
                .untilAsserted(() -> assertThat(statusThere(token)).isEqualTo(401));
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedOnTheOtherWithinASecond() {
        var user = newTenantAdmin(List.of("GLOBAL_ADMIN"));
        var token = tokenOf(user);
        assertThat(statusThere(token))
                .as("the first use, written and so read again")
                .isEqualTo(200);
        assertThat(statusThere(token)).as("kept there from now on").isEqualTo(200);

        var revoked = ApiClient.as(port(here), login(user), PASSWORD).delete("/api/v1/me/tokens/" + token.id());
        assertThat(revoked.status()).isEqualTo(204);

        await().atMost(WITHIN)
                .untilAsserted(() -> assertThat(statusThere(token)).isEqualTo(401));
    }

    private record Token(String id, String secret) {}

    private static ConfigurableApplicationContext start(Map<String, Object> database) throws IOException {
        var properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("helpline.demo-data", "true");
        properties.put("helpline.demo.history-days", "0");
        properties.put(
                "helpline.knowledge.index-dir",
                Files.createTempDirectory("helpline-caches-index").toString());
        var arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(HelplineApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    private static List<String> rolesThere(Token token) {
        var me = ApiClient.bearer(port(there), token.secret()).get("/api/v1/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return me.json().get("roles").valueStream().map(JsonNode::asString).toList();
    }

    private static int statusThere(Token token) {
        return ApiClient.bearer(port(there), token.secret()).get("/api/v1/me").status();
    }

    private static JsonNode newTenantAdmin(List<String> roles) {
        var fabrikam = ApiClient.as(port(here), "admin@fabrikam.example")
                .get("/api/v1/me")
                .json()
                .get("tenant")
                .get("id")
                .asString();
        var created = ApiClient.as(port(here), "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login", "caches-" + UUID.randomUUID() + "@fabrikam.example",
                                "name", "Cache Test",
                                "password", PASSWORD,
                                "tenantId", fabrikam,
                                "roles", roles)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static Token tokenOf(JsonNode user) {
        var created = ApiClient.as(port(here), login(user), PASSWORD)
                .post("/api/v1/me/tokens", ApiClient.json(Map.of("name", "ci", "scope", "read", "validDays", 30)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Token(
                created.json().get("token").get("id").asString(),
                created.json().get("secret").asString());
    }

    private static void changeRoles(JsonNode user, List<String> roles, boolean enabled) {
        var changed = ApiClient.as(port(here), "orgadmin@helpline.example")
                .put(
                        "/api/v1/users/" + user.get("id").asString() + "/roles",
                        ApiClient.json(Map.of(
                                "roles",
                                roles,
                                "enabled",
                                enabled,
                                "version",
                                user.get("version").asLong())));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private static String login(JsonNode user) {
        return user.get("login").asString();
    }
}
