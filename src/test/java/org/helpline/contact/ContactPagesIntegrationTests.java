package org.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.VisibleText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The agent's desk, the supervisor's queues and the pane fragment; bad form input is a 400. */
@HelplineIntegrationTest
class ContactPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ContactFixtures fixtures;

    @Test
    void supervisorSeesQueuesWithEstimateInputsAndAccuracy() throws Exception {
        fixtures.availableStaffAgent(List.of("pl"));

        mvc.perform(get("/workspace/contact/queues").with(signedIn.as("supervisor@helpline.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("queue-estimate")));
    }

    @Test
    void thePaneFragmentRendersForAnAdminAndIsRefusedToUsers() throws Exception {
        mvc.perform(get("/contact/pane").header("HX-Request", "true").with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("contact-wait-callback")));
        mvc.perform(get("/contact/pane").with(signedIn.as("user@contoso.example")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badPresenceAndSkillsAre400() throws Exception {
        mvc.perform(post("/workspace/contact/presence")
                        .param("presence", "NAPPING")
                        .with(csrf())
                        .with(signedIn.as("agent@helpline.example")))
                .andExpect(status().isBadRequest());
        var agent = fixtures.availableStaffAgent(List.of("en"));
        mvc.perform(post("/workspace/contact/agents/" + agent.id() + "/skills")
                        .param("languages", "")
                        .param("version", "1")
                        .with(csrf())
                        .with(signedIn.as("supervisor@helpline.example")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/workspace/contact/callbacks/not-a-uuid/accept")
                        .with(csrf())
                        .with(signedIn.as("agent@helpline.example")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void tenantUsersCannotUseTheAgentDesk() throws Exception {
        mvc.perform(get("/workspace/contact").with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDeskQueuesAndPaneShowLabelsNotCodes() throws Exception {
        fixtures.availableStaffAgent(List.of("pl"));

        assertThat(VisibleText.rawValuesOn(mvc, signedIn.as("agent@helpline.example"), "/workspace/contact"))
                .isEmpty();
        assertThat(VisibleText.rawValuesOn(
                        mvc, signedIn.as("supervisor@helpline.example"), "/workspace/contact/queues"))
                .isEmpty();
        assertThat(VisibleText.rawValuesOn(mvc, signedIn.as("admin@contoso.example"), "/contact", "/contact/pane"))
                .isEmpty();
    }

    @Test
    void skillsWithoutALanguageAreRefusedNamingTheField() throws Exception {
        var agent = fixtures.availableStaffAgent(List.of("en"));

        mvc.perform(post("/workspace/contact/agents/" + agent.id() + "/skills")
                        .param("services", "mail")
                        .param("version", "1")
                        .cookie(new jakarta.servlet.http.Cookie("helpline-lang", "pl"))
                        .with(csrf())
                        .with(signedIn.as("supervisor@helpline.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Języki: zaznacz co najmniej jeden język")));
        mvc.perform(post("/workspace/contact/agents/" + agent.id() + "/skills")
                        .param("languages", "pl", "en")
                        .param("services", "mail")
                        .param("version", versionOnThePage(agent.id().toString()))
                        .with(csrf())
                        .with(signedIn.as("supervisor@helpline.example")))
                .andExpect(status().is3xxRedirection());
    }

    private String versionOnThePage(String agentId) throws Exception {
        var page = mvc.perform(get("/workspace/contact/queues").with(signedIn.as("supervisor@helpline.example")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var version = java.util.regex.Pattern.compile(
                        "id=\"agent-" + agentId + "\"[\\s\\S]*?name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(version.find()).as("the agent's skills form").isTrue();
        return version.group(1);
    }
}
