package org.helpline.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.helpline.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in page: open to everyone, in the visitor's language, with the outcome of the last attempt. */
@WebSliceTest(LoginController.class)
class LoginControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aLanguageTheBrowserAsksForThatWeDoNotSpeakFallsBackToEnglish() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "de-DE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to Helpline")));
    }

    @Test
    void theBrowsersLanguageIsUsed() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(content().string(containsString("登录 Helpline")));
    }

    @Test
    void anonymousVisitorsChoiceIsKeptInACookie() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en").cookie(new Cookie("helpline-lang", "pl")))
                .andExpect(content().string(containsString("Zaloguj się do Helpline")));
    }

    @Test
    void aFailedAttemptIsReportedAndSigningOutIsConfirmed() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("The login or password is wrong."))));
        mvc.perform(get("/login?error")).andExpect(content().string(containsString("The login or password is wrong.")));
        mvc.perform(get("/login?signedOut")).andExpect(content().string(containsString("You have signed out.")));
    }
}
