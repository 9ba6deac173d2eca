package org.helpline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.alerts.AlertFixtures.awaitAlerts;
import static org.helpline.alerts.AlertFixtures.find;
import static org.helpline.alerts.AlertFixtures.has;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.helpline.sla.ClockKind;
import org.helpline.sla.SlaBreached;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The alerts page and the bell fragment in the user's language; marking read needs the CSRF token and one's own alert. */
@HelplineIntegrationTest
class AlertPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void thePageListsTheAlertInEachLanguageAndOnlyItsOwnerMarksItRead() throws Exception {
        var fixtures = new AlertFixtures(port, users, jdbc);
        var agent = fixtures.staff(Role.AGENT, "pl");
        var supervisor = fixtures.staff(Role.SUPERVISOR, "zh-CN");
        var request =
                fixtures.fileCritical("Page " + UUID.randomUUID().toString().substring(0, 8));
        var requestId = UUID.fromString(request.get("id").asString());
        var number = request.get("number").asString();
        fixtures.assign(request, agent);
        var due = Instant.parse(request.get("sla").get("firstResponseDue").asString());
        transactions.executeWithoutResult(status -> events.publishEvent(
                new SlaBreached(requestId, null, "global", ClockKind.FIRST_RESPONSE, due, Instant.now())));
        var alertId = find(awaitAlerts(agent.api(port), has(requestId, "BREACHED")), requestId, "BREACHED")
                .get("id")
                .asString();

        awaitAlerts(supervisor.api(port), has(requestId, "BREACHED"));

        assertThat(page("/alerts", agent.login()))
                .contains(
                        number,
                        "Przekroczone",
                        "Pierwsza odpowiedź",
                        "1 nieprzeczytany alert",
                        "Oznacz jako przeczytany");
        assertThat(page("/alerts", supervisor.login())).contains(number, "已违反", "首次响应", "1 条未读提醒");
        assertThat(page("/alerts", "agent@helpline.example")).contains("Alerts</h1>");
        assertThat(org.helpline.VisibleText.rawValuesOn(
                        mvc, signedIn.as(agent.login()), "/alerts", "/alerts?unread=true"))
                .isEmpty();
        assertThat(page("/alerts/bell", agent.login())).contains("id=\"alert-count\"", ">1<");
        assertThat(page("/workspace", agent.login())).contains("id=\"alert-bell\"", "hx-get=\"/alerts/bell\"");
        assertThat(page("/support", "admin@contoso.example"))
                .as("no bell for customers")
                .doesNotContain("alert-bell");

        mvc.perform(post("/alerts/" + alertId + "/read").with(signedIn.as(agent.login())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/alerts/" + alertId + "/read")
                        .with(signedIn.as("agent@helpline.example"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.alertRows(agent.id(), requestId, "BREACHED")).isEqualTo(1);
        assertThat(page("/alerts?unread=true", agent.login())).contains(number);

        mvc.perform(post("/alerts/" + alertId + "/read")
                        .with(signedIn.as(agent.login()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/alerts?unread=true", agent.login())).doesNotContain(number);
        assertThat(page("/alerts/bell", agent.login())).doesNotContain("alert-count");
    }

    /** The page in the user's own language. */
    private String page(String path, String login) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
