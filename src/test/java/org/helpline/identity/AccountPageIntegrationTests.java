package org.helpline.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The account page in the user's language: tokens with scope and expiry, sessions, password. */
@HelplineIntegrationTest
class AccountPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en, Where you are signed in, Sign out everywhere, Read and write, Change password",
        "pl, Gdzie jesteś zalogowany, Wyloguj wszędzie, Odczyt i zapis, Zmień hasło",
        "zh-CN, 您的登录位置, 在所有位置注销, 读写, 更改密码"
    })
    void thePageSpeaksTheReadersLanguage(String language, String sessions, String endAll, String scope, String password)
            throws Exception {
        mvc.perform(get("/account").with(signedIn.as("admin@northwind.example")).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString(sessions),
                                Matchers.containsString(endAll),
                                Matchers.containsString(scope),
                                Matchers.containsString(password))));
    }

    @Test
    void aTokenMadeOnThePageShowsItsScopeAndExpiry() throws Exception {
        var name = "page-" + UUID.randomUUID();
        mvc.perform(post("/account/tokens")
                        .with(signedIn.as("admin@northwind.example"))
                        .with(csrf())
                        .param("name", name)
                        .param("scope", "READ_WRITE")
                        .param("validDays", "30"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/account").with(signedIn.as("admin@northwind.example")).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("Read and write")))
                .andExpect(content().string(Matchers.containsString("Expires")));
    }

    @Test
    void aTokenWithoutAValidityIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/account/tokens")
                        .with(signedIn.as("admin@northwind.example"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("name", "no-validity")
                        .param("scope", "READ"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("field-error")));
    }
}
