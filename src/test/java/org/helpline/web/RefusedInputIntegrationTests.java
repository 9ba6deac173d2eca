package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests that once answered 500, each refused now with a 4xx: a problem detail naming
 * the field and the rule on the API, a page in the reader's language elsewhere.
 */
@HelplineIntegrationTest
class RefusedInputIntegrationTests {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "application/*+json"})
    void aWildcardContentTypeIsNoTypeAndAnswers415(String contentType) {
        var response = send("POST", "/api/v1/users", contentType, "{}", "application/json");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(response.body()).get("type").asString()).endsWith("/unsupported-media-type");
    }

    @Test
    void aMultipartBodyWithoutBoundaryOnAJsonEndpointAnswers415() {
        var response = send("POST", "/api/v1/partners", "multipart/form-data", "{\"name\":\"x\"}", "application/json");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anAcceptHeaderNothingMatchesAnswers406() {
        var response = send("GET", "/api/v1/me", null, "", "application/xml");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(JSON.readTree(response.body()).get("type").asString()).endsWith("/not-acceptable");
    }

    @Test
    void aPathVariableThatConvertsToNothingAnswers400() {
        var response = ApiClient.as(port, "orgadmin@helpline.example").get("/api/v1/users/%20");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void parametersThatAreNotUtf8Answer400() {
        var response = ApiClient.as(port, "orgadmin@helpline.example").get("/api/v1/users?q=%FF%FE");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).endsWith("/unreadable-parameters");
    }

    @Test
    void textWithTheNulCharacterIsRefusedNamingTheFieldAndTheRule() {
        var agent = ApiClient.as(port, "agent@helpline.example");

        var body = agent.post("/api/v1/me/tokens", "{\"name\":\"a\\u0000b\"}");
        var parameter = agent.get("/api/v1/kb/search?q=a%00b");

        assertThat(body.status()).isEqualTo(400);
        assertThat(body.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(body.json().get("errors").get(0).get("message").asString()).contains("NUL character");
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.json().get("errors").get(0).get("field").asString())
                .isEqualTo("q");
    }

    @Test
    void aNullInsideAListIsRefusedNamingIt() {
        var response = ApiClient.as(port, "orgadmin@helpline.example").post("/api/v1/kb/imports", "{\"files\":[null]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("files[0]");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must not be null");
    }

    @Test
    void aBrokenUploadOnAPageSaysWhyInTheReadersLanguage() {
        var session = PageSession.signIn(port, "orgadmin@helpline.example");

        var response = session.post("/kb/manage/import", "multipart/form-data", "files=a.md", "pl");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Nie udało się odczytać danych wysłanych z formularza", "Wyloguj");
    }

    @Test
    void staffCannotFileATenantsRequestOnItsPage() throws Exception {
        mvc.perform(post("/requests")
                        .with(signedIn.as("agent@helpline.example"))
                        .with(csrf())
                        .param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRequestFormWithABlankRouteIsShownAgain() throws Exception {
        mvc.perform(post("/requests")
                        .with(signedIn.as("admin@contoso.example"))
                        .with(csrf())
                        .param("routeTo", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"routeTo\" value=\"PROVIDER\"")));
    }

    @Test
    void aBlankNotificationChoiceChoosesNothing() throws Exception {
        try {
            mvc.perform(post("/account/notifications")
                            .with(signedIn.as("admin@contoso.example"))
                            .with(csrf())
                            .param("kind", " "))
                    .andExpect(redirectedUrl("/account/notifications"));
        } finally {
            // the shared demo admin gets every kind of e-mail again, as other tests expect
            mvc.perform(post("/account/notifications")
                            .with(signedIn.as("admin@contoso.example"))
                            .with(csrf())
                            .param(
                                    "kind",
                                    "FILED",
                                    "ANSWERED",
                                    "INFO_REQUESTED",
                                    "SEVERITY_CHANGED",
                                    "RESOLVED",
                                    "CLOSED"))
                    .andExpect(redirectedUrl("/account/notifications"));
        }
    }

    @Test
    void aBlankRoleIsNoRoleAndIsRefusedOnThePage() throws Exception {
        var agent = jdbc.sql("select id from app_user where login = 'agent@helpline.example'")
                .query(String.class)
                .single();

        mvc.perform(post("/admin/users/" + agent + "/roles")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .with(csrf())
                        .param("roles", " ")
                        .param("version", "0")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Roles: choose at least one role")));
    }

    @Test
    void aBlankRoleOnTheNewUserFormIsRefusedOnTheForm() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .with(csrf())
                        .param("login", "blank-role-" + UUID.randomUUID() + "@helpline.example")
                        .param("name", "Blank Role")
                        .param("password", "long-enough-1")
                        .param("roles", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("field-error")));
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String accept) {
        var credentials = Base64.getEncoder().encodeToString("orgadmin@helpline.example:demo".getBytes());
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
