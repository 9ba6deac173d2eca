package org.helpline.presales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public presales page without signing in: its topics, the honeypot, the client limit and CSRF. */
@HelplineIntegrationTest
class PresalesPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void r14_theOperatorsPageOffersItsPresalesTopicsInChinese() throws Exception {
        mvc.perform(get("/presales").param("org", "cn").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("联系销售")))
                .andExpect(content().string(containsString("value=\"pricing-licensing\"")))
                .andExpect(content().string(containsString("name=\"organisation\" value=\"cn\"")));
        mvc.perform(get("/presales").param("org", "mars")).andExpect(status().isNotFound());
    }

    @Test
    void r14_aFilledHoneypotShowsThanksAndCreatesNothing() throws Exception {
        var email = "bot-" + UUID.randomUUID() + "@tailspin.example";

        mvc.perform(form(email, "198.51.100.200").param("website", "https://cheap-pills.example"))
                .andExpect(redirectedUrl("/presales"))
                .andExpect(flash().attribute("reference", (Object) null));

        assertThat(jdbc.sql("select count(*) from prospect where email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void r14_theEleventhQuestionFromOneClientWithinTheHourIsRefusedWithItsWait() throws Exception {
        var client = "198.51.100." + (1 + (int) (Math.random() * 190));
        for (int i = 0; i < 10; i++) {
            mvc.perform(form("page-" + UUID.randomUUID() + "@tailspin.example", client))
                    .andExpect(redirectedUrl("/presales"))
                    .andExpect(flash().attributeExists("reference"));
        }

        mvc.perform(form("page-" + UUID.randomUUID() + "@tailspin.example", client))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many questions were sent")));
    }

    @Test
    void r14_theFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/presales").param("email", "anna@tailspin.example")).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder form(String email, String client) {
        return post("/presales")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })
                .header("Accept-Language", "en")
                .param("organisation", "")
                .param("name", "Ann Smith")
                .param("company", "Tailspin Toys")
                .param("email", email)
                .param("country", "GB")
                .param("topic", "trial")
                .param("question", "Can we try it for a month?");
    }
}
