package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.VisibleText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The user administration pages speak of roles and states in words and name refused fields by label. */
@HelplineIntegrationTest
class UserAdminPagesIntegrationTests {

    private static final String ORG_ADMIN = "orgadmin@helpline.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void theUserListShowsRolesAndStatesInWords() throws Exception {
        var html = mvc.perform(get("/admin/users").with(signedIn.as(ORG_ADMIN)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(VisibleText.rawValuesIn(html)).isEmpty();
        assertThat(VisibleText.of(html))
                .contains("Organisation admin", "Agent", "Active")
                .doesNotContain("ORG_ADMIN");
        assertThat(html).contains("class=\"table table-sm");
    }

    @Test
    void aRefusedNewUserIsFlaggedFieldByFieldNamingEachLabel() throws Exception {
        var expected = Map.of(
                "en",
                List.of(
                        "Login: enter a valid e-mail address",
                        "Name: enter the user's name.",
                        "Initial password: enter at least 8 characters.",
                        "Roles: choose at least one role."),
                "pl",
                List.of(
                        "Login: podaj poprawny adres e-mail",
                        "Imię i nazwisko: podaj imię i nazwisko użytkownika.",
                        "Hasło początkowe: podaj co najmniej 8 znaków.",
                        "Role: wybierz co najmniej jedną rolę."));
        for (var language : expected.keySet()) {
            var html = mvc.perform(post("/admin/users")
                            .with(signedIn.as(ORG_ADMIN))
                            .with(csrf())
                            .header("Accept-Language", language)
                            .param("login", "not-an-address")
                            .param("name", " ")
                            .param("password", "short"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(VisibleText.of(html)).contains(expected.get(language));
        }
    }

    @Test
    void aRoleChangeWithoutRolesIsRefusedInWords() throws Exception {
        var html = mvc.perform(get("/admin/users").with(signedIn.as(ORG_ADMIN)).param("q", "agent@helpline"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = html.replaceAll("(?s).*href=\"/admin/users/([0-9a-f-]{36})\".*", "$1");

        var refused = mvc.perform(post("/admin/users/" + id + "/roles")
                        .with(signedIn.as(ORG_ADMIN))
                        .with(csrf())
                        .header("Accept-Language", "pl")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(VisibleText.of(refused)).contains("Role: wybierz co najmniej jedną rolę");
    }
}
