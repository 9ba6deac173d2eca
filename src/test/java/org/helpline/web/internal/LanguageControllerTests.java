package org.helpline.web.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.helpline.UserMother;
import org.helpline.WebSliceTest;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Switching the language: kept in a cookie, for a signed-in user also in the profile. */
@WebSliceTest(LanguageController.class)
class LanguageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserManagement users;

    @Test
    void anAnonymousVisitorsChoiceIsKeptInACookieAndTheyReturnToThePage() throws Exception {
        mvc.perform(post("/language")
                        .param("lang", "pl")
                        .header("Referer", "http://localhost/support?page=2")
                        .with(csrf()))
                .andExpect(redirectedUrl("/support?page=2"))
                .andExpect(cookie().value(HelplineLocaleResolver.COOKIE, "pl"))
                .andExpect(cookie().httpOnly(HelplineLocaleResolver.COOKIE, true));
        verifyNoInteractions(users);
    }

    @Test
    void aLanguageHelplineDoesNotSpeakIsStoredAsEnglish() throws Exception {
        mvc.perform(post("/language").param("lang", "de-DE").with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().value(HelplineLocaleResolver.COOKIE, "en"));
    }

    @Test
    void aRefererOnAnotherSiteLeadsHomeInstead() throws Exception {
        mvc.perform(post("/language")
                        .param("lang", "en")
                        .header("Referer", "https://phishing.example/support")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSignedInUsersChoiceIsStoredInTheirProfile() throws Exception {
        var me = UserMother.aUser(Role.USER);
        given(users.changeLanguage(any(), anyString())).willReturn(me);

        mvc.perform(post("/language").param("lang", "zh").with(user(me)).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().value(HelplineLocaleResolver.COOKIE, "zh-CN"));
        verify(users).changeLanguage(me.id(), "zh-CN");
    }

    @Test
    void aSwitchWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/language").param("lang", "pl")).andExpect(status().isForbidden());
        verifyNoInteractions(users);
    }
}
