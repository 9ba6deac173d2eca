package org.helpline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.shared.HelplineUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The page on which a tenant admin chooses request e-mails. */
@HelplineIntegrationTest
class NotificationSettingsIntegrationTests {

    private static final String ADMIN = "admin@fabrikam.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MailPreferences preferences;

    @Autowired
    UserDetailsService users;

    @Test
    void anAdminTurnsKindsOffAndOnAgain() throws Exception {
        var admin = (HelplineUser) users.loadUserByUsername(ADMIN);
        try {
            mvc.perform(get("/account/notifications").with(signedIn.as(ADMIN)).header("Accept-Language", "pl"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Konsultant odpowiada")))
                    .andExpect(content().string(containsString("for=\"kind-ANSWERED\"")));
            org.assertj.core.api.Assertions.assertThat(
                            org.helpline.VisibleText.rawValuesOn(mvc, signedIn.as(ADMIN), "/account/notifications"))
                    .isEmpty();

            mvc.perform(post("/account/notifications")
                            .with(signedIn.as(ADMIN))
                            .with(csrf())
                            .param("kind", "ANSWERED")
                            .param("kind", "CLOSED"))
                    .andExpect(redirectedUrl("/account/notifications"));

            assertThat(preferences.of(admin))
                    .containsEntry(RequestMailKind.ANSWERED, true)
                    .containsEntry(RequestMailKind.CLOSED, true)
                    .containsEntry(RequestMailKind.FILED, false)
                    .containsEntry(RequestMailKind.SEVERITY_CHANGED, false);
            mvc.perform(post("/account/notifications")
                            .with(signedIn.as(ADMIN))
                            .with(csrf())
                            .param("kind", "NOPE"))
                    .andExpect(status().isBadRequest());
        } finally {
            preferences.choose(admin, EnumSet.allOf(RequestMailKind.class));
        }
    }

    @Test
    void onlyTenantAdminsHaveThePage() throws Exception {
        mvc.perform(get("/account/notifications").with(signedIn.as("agent@helpline.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/account/notifications").with(signedIn.as("user@contoso.example")))
                .andExpect(status().isForbidden());
    }
}
