package org.helpline.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.hamcrest.Matchers;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.VisibleText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** the service health pages and the Atom feed of signed-in readers. */
@HelplineIntegrationTest
class HealthPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void theHealthPageShowsServicesActiveIssuesAndHistoryInTheReadersLanguage() throws Exception {
        mvc.perform(get("/health").locale(Locale.forLanguageTag("pl")).with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"health-services\"")))
                .andExpect(content().string(Matchers.containsString("Planowana konserwacja centrum administracyjnego")))
                .andExpect(content().string(Matchers.containsString("Opóźnienia poczty do domen zewnętrznych")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"health-declare\""))));
    }

    @Test
    void aSupervisorDeclaresThroughTheFormAndBadInputNamesTheField() throws Exception {
        mvc.perform(get("/health/issues/new").with(signedIn.as("supervisor@helpline.example")))
                .andExpect(status().isOk());
        mvc.perform(post("/health/issues")
                        .with(csrf())
                        .with(signedIn.as("supervisor@helpline.example"))
                        .param("classification", "incident")
                        .param("title", "Form declared")
                        .param("services", "mail")
                        .param("status", "investigating")
                        .param("impactDescription", "Some users."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/health/issues")
                        .with(csrf())
                        .with(signedIn.as("supervisor@helpline.example"))
                        .param("classification", "incident")
                        .param("title", "")
                        .param("status", "investigating")
                        .param("impactDescription", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"health-errors\"")))
                .andExpect(content().string(Matchers.containsString("Title: write a title")))
                .andExpect(content().string(Matchers.containsString("Affected services: tick at least one service.")));
        mvc.perform(get("/health/issues/new").with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFeedIsAtom() throws Exception {
        mvc.perform(get("/health/feed.atom").with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(content().string(Matchers.containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\">")));
    }

    @Test
    void theHealthPagesShowLabelsAndServiceNamesNotCodes() throws Exception {
        var home = mvc.perform(get("/health").with(signedIn.as("supervisor@helpline.example")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var issue = java.util.regex.Pattern.compile("/health/issues/([0-9a-f-]{36})")
                .matcher(home);
        assertThat(issue.find()).isTrue();

        assertThat(VisibleText.rawValuesOn(
                        mvc,
                        signedIn.as("supervisor@helpline.example"),
                        "/health",
                        "/health/issues/new",
                        "/health/issues/" + issue.group(1)))
                .isEmpty();
        assertThat(VisibleText.rawValuesOn(mvc, signedIn.as("admin@contoso.example"), "/health"))
                .isEmpty();
        assertThat(VisibleText.of(home)).doesNotContain(" admin-center ", " identity ");
    }
}
