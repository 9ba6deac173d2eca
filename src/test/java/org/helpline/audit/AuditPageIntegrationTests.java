package org.helpline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.VisibleText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The audit trail page says what happened in words, in the reader's language and zone. */
@HelplineIntegrationTest
class AuditPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void actionsDetailsRolesAndTimesAreWordsNotCodes() throws Exception {
        createUser();
        var english = page("en");
        assertThat(VisibleText.rawValuesIn(english)).isEmpty();
        assertThat(VisibleText.of(english))
                .contains("User created", "roles: [Agent, Supervisor]", "orgadmin@helpline.example")
                .doesNotContain("user.created");
        assertThat(english).contains("value=\"user.created\" selected=\"selected\">User created</option>");

        var polish = page("pl");
        assertThat(VisibleText.rawValuesIn(polish)).isEmpty();
        assertThat(VisibleText.of(polish))
                .contains("Utworzono użytkownika", "role: [Konsultant, Kierownik zespołu]")
                .doesNotContain("user.created", "roles:");

        var chinese = page("zh-CN");
        assertThat(VisibleText.rawValuesIn(chinese)).isEmpty();
        assertThat(VisibleText.of(chinese)).contains("角色: [支持工程师, 主管]").doesNotContain("roles:");
    }

    private void createUser() {
        var login = "worded-" + UUID.randomUUID() + "@helpline.example";
        ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login",
                                login,
                                "name",
                                "Worded Agent",
                                "password",
                                "long-enough-1",
                                "roles",
                                List.of("AGENT", "SUPERVISOR"))));
    }

    private String page(String language) throws Exception {
        return mvc.perform(get("/admin/audit")
                        .param("action", "user.created")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
