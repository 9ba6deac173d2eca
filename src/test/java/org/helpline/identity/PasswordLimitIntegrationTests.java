package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A password is at most 72 bytes of UTF-8, the most BCrypt hashes: longer ones are refused with 400
 * naming the field and the limit in words a person understands, wherever a password is set.
 */
@HelplineIntegrationTest
class PasswordLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    UserManagement users;

    @ParameterizedTest
    @ValueSource(ints = {73, 1000})
    void theApiRefusesAPasswordOverTheLimitNamingTheFieldAndTheLimit(int length) {
        var response = create("a".repeat(length));

        assertThat(response.status()).isEqualTo(400);
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("password");
        assertThat(error.get("message").asString()).contains("at most 72 characters of plain Latin");
    }

    @Test
    void theLimitCountsBytesSoAccentedLettersCountTwice() {
        assertThat(create("ą".repeat(37)).status()).isEqualTo(400);
        assertThat(create("ą".repeat(36)).status()).isEqualTo(201);
    }

    @Test
    void aPasswordOfExactly72PlainLettersWorksForSigningIn() {
        var login = "limit-" + UUID.randomUUID() + "@helpline.example";
        var password = "a".repeat(72);

        assertThat(create(login, password).status()).isEqualTo(201);
        assertThat(ApiClient.as(port, login, password).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void theUserFormSaysSoInTheReadersLanguage() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .with(csrf())
                        .locale(Locale.forLanguageTag("pl"))
                        .param("login", "form-" + UUID.randomUUID() + "@helpline.example")
                        .param("name", "Form")
                        .param("password", "a".repeat(73))
                        .param("roles", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("najwyżej 72 znaki zwykłego alfabetu łacińskiego")));
    }

    @Test
    void aPasswordFormWithANulCharacterShowsThePageAgain() throws Exception {
        // two of the malformed-input fuzzer's cases (seed -2436152355785184210): were 500
        mvc.perform(post("/account/password")
                        .with(signedIn.as("user@contoso.example"))
                        .with(csrf())
                        .locale(Locale.ENGLISH)
                        .param("currentPassword", "a\u0000b")
                        .param("newPassword", "2026-13-45")
                        .param("repeatPassword", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"currentPassword\"")));
        mvc.perform(post("/account/password")
                        .with(signedIn.as("user@contoso.example"))
                        .with(csrf())
                        .locale(Locale.ENGLISH)
                        .param("newPassword", "NOT_ONE_OF_THEM")
                        .param("repeatPassword", "a\u0000b"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"currentPassword\"")));
    }

    @Test
    void aNewOwnPasswordOverTheLimitIsRefusedOnTheAccountPage() throws Exception {
        mvc.perform(post("/account/password")
                        .with(signedIn.as("user@contoso.example"))
                        .with(csrf())
                        .locale(Locale.ENGLISH)
                        .param("currentPassword", "demo")
                        .param("newPassword", "a".repeat(73))
                        .param("repeatPassword", "a".repeat(73)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("at most 72 characters of plain Latin")));
    }

    @Test
    void theServiceChecksTooForCallersWithoutBeanValidation() {
        var command = new NewUser(
                "service-" + UUID.randomUUID() + "@helpline.example",
                "Service",
                "a".repeat(73),
                null,
                null,
                EnumSet.of(Role.AGENT),
                null);

        assertThatThrownBy(() -> users.create("global", command))
                .isInstanceOf(InvalidInputException.class)
                .extracting(
                        e -> ((InvalidInputException) e).fieldProblems().get(0).field())
                .isEqualTo("password");
    }

    private ApiClient.Response create(String password) {
        return create("limit-" + UUID.randomUUID() + "@helpline.example", password);
    }

    private ApiClient.Response create(String login, String password) {
        return ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login", login, "name", "Limit", "password", password, "roles", List.of("AGENT"))));
    }
}
