package org.helpline.web.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.helpline.UserMother;
import org.helpline.WebSliceTest;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The error path answers a browser with the page in the layout and any other client with a problem detail. */
@WebSliceTest(ErrorPageController.class)
class ErrorPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aBrowserGetsThePageWithTheSignedInNavigationInItsLanguage() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/workspace/nothing")
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "zh-CN")
                        .with(user(UserMother.aUser(Role.AGENT))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("找不到该内容")))
                .andExpect(content().string(containsString("id=\"site-nav\"")))
                .andExpect(content().string(containsString("href=\"/workspace/queue\"")))
                .andExpect(content().string(containsString("id=\"alert-bell\"")))
                .andExpect(content().string(containsString("Someone")));
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsExplainedOnThePage() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "en")
                        .with(user(UserMother.aUser(Role.GLOBAL_ADMIN))))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().string(containsString("This page cannot be opened this way")))
                .andExpect(content().string(not(containsString("id=\"alert-bell\""))));
    }

    @Test
    void anApiClientGetsAProblemDetail() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://helpline.example/problems/method-not-allowed"))
                .andExpect(jsonPath("$.status").value(405));
    }

    @Test
    void aClientThatAcceptsNeitherStillGetsTheStatusAndAProblemDetail() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .accept(MediaType.IMAGE_PNG))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void openingTheErrorAddressItselfIsNotFoundNotAServerError() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).header("Accept-Language", "pl"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Nie znaleźliśmy tego")))
                .andExpect(content().string(containsString("href=\"/login\"")));
    }
}
