package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Organisation admins manage the users and roles of their own organisation only. */
@HelplineIntegrationTest
class UserAdminIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void anAdminCreatesAUserAndChangesItsRoles() {
        var admin = ApiClient.as(port, "orgadmin@helpline.example");
        var login = "new-" + UUID.randomUUID() + "@helpline.example";
        var created = admin.post(
                "/api/v1/users",
                ApiClient.json(Map.of(
                        "login", login, "name", "New Agent", "password", "long-enough-1", "roles", List.of("AGENT"))));
        assertThat(created.status()).isEqualTo(201);

        var id = created.json().get("id").asString();
        var changed = admin.put(
                "/api/v1/users/" + id + "/roles",
                ApiClient.json(Map.of(
                        "roles",
                        List.of("SUPERVISOR"),
                        "enabled",
                        false,
                        "version",
                        created.json().get("version").asLong())));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("enabled").asBoolean()).isFalse();
        assertThat(ApiClient.as(port, login, "long-enough-1").get("/api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void anAdminCannotReachUsersOrTenantsOfAnotherOrganisation() {
        var cnAgent = ApiClient.as(port, "orgadmin@operator.example")
                .get("/api/v1/users?q=agent@operator.example")
                .json()
                .get("items")
                .get(0);
        var global = ApiClient.as(port, "orgadmin@helpline.example");

        assertThat(global.get("/api/v1/users/" + cnAgent.get("id").asString()).status())
                .isEqualTo(404);
        assertThat(global.put(
                                "/api/v1/users/" + cnAgent.get("id").asString() + "/roles",
                                ApiClient.json(Map.of(
                                        "roles",
                                        List.of("ORG_ADMIN"),
                                        "enabled",
                                        true,
                                        "version",
                                        cnAgent.get("version").asLong())))
                        .status())
                .isEqualTo(404);
        assertThat(global.get("/api/v1/users?size=200").body()).doesNotContain("agent@operator.example");

        var northwindId = ApiClient.as(port, "admin@northwind.example")
                .get("/api/v1/me")
                .json()
                .get("tenant")
                .get("id")
                .asString();
        var login = "intruder-" + UUID.randomUUID() + "@example.com";
        var refused = global.post(
                "/api/v1/users",
                ApiClient.json(Map.of(
                        "login",
                        login,
                        "name",
                        "Intruder",
                        "password",
                        "long-enough-1",
                        "tenantId",
                        northwindId,
                        "roles",
                        List.of("GLOBAL_ADMIN"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("tenantId");
        assertThat(count(login)).isZero();
    }

    @ParameterizedTest(name = "{0} is refused naming {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing login | {\"name\":\"N\",\"password\":\"long-enough-1\",\"roles\":[\"AGENT\"]} | login",
                "bad e-mail | {\"login\":\"not-an-address\",\"name\":\"N\",\"password\":\"long-enough-1\",\"roles\":[\"AGENT\"]} | login",
                "short password | {\"login\":\"LOGIN\",\"name\":\"N\",\"password\":\"short\",\"roles\":[\"AGENT\"]} | password",
                "no roles | {\"login\":\"LOGIN\",\"name\":\"N\",\"password\":\"long-enough-1\",\"roles\":[]} | roles",
                "unknown role | {\"login\":\"LOGIN\",\"name\":\"N\",\"password\":\"long-enough-1\",\"roles\":[\"KING\"]} | roles[0]",
                "tenant role for staff | {\"login\":\"LOGIN\",\"name\":\"N\",\"password\":\"long-enough-1\",\"roles\":[\"USER\"]} | roles",
                "wrong type | {\"login\":\"LOGIN\",\"name\":\"N\",\"password\":\"long-enough-1\",\"roles\":[\"AGENT\"],\"tenantId\":42} | tenantId",
                "unknown language | {\"login\":\"LOGIN\",\"name\":\"N\",\"password\":\"long-enough-1\",\"roles\":[\"AGENT\"],\"language\":\"xx\"} | language",
                "taken login | {\"login\":\"agent@helpline.example\",\"name\":\"N\",\"password\":\"long-enough-1\",\"roles\":[\"AGENT\"]} | login"
            })
    void badInputIsRefusedNamingTheFieldAndStoresNothing(String why, String body, String field) {
        var login = "bad-" + UUID.randomUUID() + "@helpline.example";
        var response =
                ApiClient.as(port, "orgadmin@helpline.example").post("/api/v1/users", body.replace("LOGIN", login));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
        assertThat(count(login)).isZero();
    }

    @Test
    void anOversizedNameIsRefused() {
        var login = "big-" + UUID.randomUUID() + "@helpline.example";
        var response = ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login",
                                login,
                                "name",
                                "n".repeat(201),
                                "password",
                                "long-enough-1",
                                "roles",
                                List.of("AGENT"))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(count(login)).isZero();
    }

    @Test
    void theNewUserFormShowsFieldErrors() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("login", "not-an-address")
                        .param("name", "")
                        .param("password", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("field-error")));
    }

    private long count(String login) {
        return jdbc.sql("select count(*) from app_user where login = :login")
                .param("login", login)
                .query(Long.class)
                .single();
    }

    @Test
    void nobodyIsAddedToTheProspectsTenantWhoseRequestsOnlyAgentsRead() throws Exception {
        var prospects = "6a1f4d1e-6f0c-4c38-9d0e-7a1c2b3d4e01";
        var response = ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login",
                                "spy-" + UUID.randomUUID() + "@helpline.example",
                                "name",
                                "Curious",
                                "password",
                                "long-enough-1",
                                "roles",
                                List.of("GLOBAL_ADMIN"),
                                "tenantId",
                                prospects)));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("tenantId", "prospects");

        mvc.perform(get("/admin/users/new").with(signedIn.as("orgadmin@helpline.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(prospects))));
        mvc.perform(get("/admin/tenants?q=Prospects")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString(">Presales</span>")));
        mvc.perform(get("/admin/tenants/" + prospects).with(signedIn.as("orgadmin@helpline.example")))
                .andExpect(content().string(Matchers.containsString("id=\"prospects-note\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/edit\""))));
        mvc.perform(get("/admin/tenants/" + prospects + "/edit").with(signedIn.as("orgadmin@helpline.example")))
                .andExpect(status().is3xxRedirection());
    }
}
