package org.helpline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Sign-ins, failed sign-ins, role changes and token creation are in the trail; admins filter it. */
@HelplineIntegrationTest
class AuditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void signInsAndFailedSignInsAreAudited() throws Exception {
        mvc.perform(formLogin("/login").user("admin@northwind.example").password("demo"));
        mvc.perform(formLogin("/login").user("admin@northwind.example").password("not-the-password"));

        var actions = actionsOf(ApiClient.as(port, "orgadmin@operator.example")
                .get("/api/v1/audit?actor=admin@northwind.example")
                .json());
        assertThat(actions).contains("sign-in.succeeded", "sign-in.failed");
    }

    @Test
    void roleChangesAndTokensAreAuditedWithTheActor() {
        var orgAdmin = ApiClient.as(port, "orgadmin@helpline.example");
        var login = "audited-" + UUID.randomUUID() + "@helpline.example";
        var user = orgAdmin.post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login",
                                login,
                                "name",
                                "Audited Agent",
                                "password",
                                "long-enough-1",
                                "roles",
                                List.of("AGENT"))))
                .json();
        var changed = orgAdmin.put(
                "/api/v1/users/" + user.get("id").asString() + "/roles",
                ApiClient.json(Map.of(
                        "roles",
                        List.of("AGENT", "SUPERVISOR"),
                        "enabled",
                        true,
                        "version",
                        user.get("version").asLong())));
        assertThat(changed.status()).isEqualTo(200);
        ApiClient.as(port, login, "long-enough-1")
                .post("/api/v1/me/tokens", ApiClient.json(Map.of("name", "audit", "scope", "read", "validDays", 30)));

        var trail = orgAdmin.get("/api/v1/audit?action=user.roles-changed&actor=orgadmin@helpline.example&size=200")
                .json();
        assertThat(trail.get("items").toString()).contains(login, "SUPERVISOR");
        var tokenEntries = orgAdmin.get("/api/v1/audit?action=api-token.created&actor=" + login)
                .json();
        assertThat(tokenEntries.get("total").asLong()).isEqualTo(1);
        assertThat(tokenEntries.get("items").get(0).get("remoteAddress").asString())
                .isNotBlank();
    }

    @Test
    void anOrganisationAdminSeesOnlyTheirOrganisationsTrail() {
        ApiClient.as(port, "admin@northwind.example")
                .post("/api/v1/me/tokens", ApiClient.json(Map.of("name", "cn", "scope", "read", "validDays", 30)));

        var global = ApiClient.as(port, "orgadmin@helpline.example")
                .get("/api/v1/audit?actor=admin@northwind.example")
                .json();
        assertThat(global.get("total").asLong()).isZero();
        var cn = ApiClient.as(port, "orgadmin@operator.example")
                .get("/api/v1/audit?actor=admin@northwind.example")
                .json();
        assertThat(cn.get("total").asLong()).isPositive();
    }

    @Test
    void theTrailPageFiltersByAction() throws Exception {
        ApiClient.as(port, "admin@contoso.example")
                .post("/api/v1/me/tokens", ApiClient.json(Map.of("name", "page", "scope", "read", "validDays", 30)));

        mvc.perform(get("/admin/audit")
                        .param("action", "api-token.created")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("admin@contoso.example")))
                .andExpect(content()
                        .string(Matchers.not(Matchers.containsString("<span class=\"pill\">user.created</span>"))));
    }

    private static List<String> actionsOf(JsonNode page) {
        var actions = new java.util.ArrayList<String>();
        page.get("items").forEach(item -> actions.add(item.get("action").asString()));
        return actions;
    }
}
