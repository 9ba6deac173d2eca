package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/**
 * Documents the error format: RFC 9457 problem details with a stable {@code type}, a {@code title},
 * {@code status}, {@code detail} and, for invalid input, {@code errors} of {@code {field, message}};
 * pages get a friendly error page in the viewer's language.
 */
@HelplineIntegrationTest
class ProblemDetailsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void invalidInputNamesEachFieldAndRule() {
        var response = ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of("login", "not-an-email", "name", "", "password", "short")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://helpline.example/problems/invalid-input");
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("errors").findValuesAsString("field")).contains("login", "name", "password", "roles");
    }

    @Test
    void unknownIdsAre404ProblemsAndStaleEditsAre409() {
        var admin = ApiClient.as(port, "orgadmin@helpline.example");
        var missing = admin.get("/api/v1/users/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).endsWith("/not-found");

        var agent = admin.get("/api/v1/users?q=agent@helpline.example")
                .json()
                .get("items")
                .get(0);
        var stale = admin.put(
                "/api/v1/users/" + agent.get("id").asString() + "/roles",
                ApiClient.json(Map.of(
                        "roles",
                        java.util.List.of("AGENT"),
                        "enabled",
                        true,
                        "version",
                        agent.get("version").asLong() + 7)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).endsWith("/stale-edit");
    }

    @Test
    void wrongTypesInParametersAre400NotServerErrors() {
        var response = ApiClient.as(port, "orgadmin@helpline.example").get("/api/v1/users/not-a-uuid");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void pagesShowAFriendlyLocalizedErrorPage() throws Exception {
        mvc.perform(get("/admin/users/" + UUID.randomUUID())
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .header("Accept-Language", "pl"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Nie znaleźliśmy tego")))
                .andExpect(content().string(Matchers.containsString("Wróć do strony głównej")));
    }
}
