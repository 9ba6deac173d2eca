package org.helpline.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Optional;
import org.helpline.WebSliceTest;
import org.helpline.identity.internal.SsoDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in page: open to everyone, in the visitor's language, with the outcome of the last attempt. */
@WebSliceTest(LoginController.class)
@MockitoBean(types = SsoDirectory.class)
class LoginControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SsoDirectory directory;

    @Test
    void theEmailComesFirstAndLeadsToTheProviderOfItsDomainOrToThePasswordStep() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("id=\"next\"")))
                .andExpect(content().string(not(containsString("id=\"password\""))));
        when(directory.routeFor("alice@sso.example")).thenReturn(Optional.of(new SsoDirectory.ToProvider("t1")));
        when(directory.routeFor("bob@example.com")).thenReturn(Optional.empty());
        when(directory.routeFor("carol@down.example")).thenReturn(Optional.of(new SsoDirectory.ProviderUnavailable()));

        mvc.perform(post("/login/email").param("username", "Alice@SSO.example").with(csrf()))
                .andExpect(redirectedUrl("/login/provider/t1?login_hint=alice%40sso.example"));
        mvc.perform(get("/login/provider/t1").param("login_hint", "alice@sso.example"))
                .andExpect(content()
                        .string(containsString("href=\"/oauth2/authorization/t1?login_hint=alice%40sso.example\"")));
        var password = mvc.perform(post("/login/email")
                        .param("username", "bob@example.com")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"))
                .andReturn();
        mvc.perform(get("/login").flashAttrs(password.getFlashMap()))
                .andExpect(content().string(containsString("id=\"password\"")))
                .andExpect(content().string(containsString("value=\"bob@example.com\"")));
        mvc.perform(post("/login/email").param("username", "carol@down.example").with(csrf()))
                .andExpect(redirectedUrl("/login?sso=unavailable"));
        mvc.perform(get("/login?sso=unavailable")).andExpect(content().string(containsString("cannot be reached now")));
        mvc.perform(get("/login?sso=nonsense"))
                .andExpect(content().string(containsString("Single sign-on did not succeed.")));
    }

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
