package org.helpline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.alerts.AlertFixtures.awaitAlerts;
import static org.helpline.alerts.AlertFixtures.has;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.helpline.sla.ClockKind;
import org.helpline.sla.SlaAtRisk;
import org.helpline.sla.SlaBreached;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell in the header counts unread alerts and refreshes itself; the alerts page lists and marks them read. */
@HelplineIntegrationTest
class AlertsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theBellCountsUnreadAlertsWithoutAReloadAndThePageMarksThemRead() throws Exception {
        var fixtures = new AlertFixtures(port, users, jdbc);
        var agent = fixtures.staff(Role.AGENT, "en");
        var request =
                fixtures.fileCritical("Bell " + UUID.randomUUID().toString().substring(0, 8));
        var requestId = UUID.fromString(request.get("id").asString());
        var number = request.get("number").asString();
        fixtures.assign(request, agent);
        var due = Instant.parse(request.get("sla").get("firstResponseDue").asString());
        publish(new SlaAtRisk(requestId, null, "global", ClockKind.FIRST_RESPONSE, due, Instant.now()));
        awaitAlerts(agent.api(port), has(requestId, "AT_RISK"));

        try (var browser = Browser.open(port, "en")) {
            browser.signIn(agent.login(), AlertFixtures.PASSWORD).go("/workspace");
            browser.waitForText(By.id("alert-count"), "1");

            publish(new SlaBreached(requestId, null, "global", ClockKind.FIRST_RESPONSE, due, Instant.now()));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                    .until(ExpectedConditions.textToBe(By.id("alert-count"), "2"));
            assertThat(browser.path()).as("no reload").isEqualTo("/workspace");

            browser.waitFor(By.id("alert-bell")).click();
            browser.waitFor(By.id("alerts"));
            assertThat(browser.path()).isEqualTo("/alerts");
            assertThat(browser.text(By.id("unread-summary"))).isEqualTo("2 unread alerts");
            var rows = browser.driver().findElements(By.cssSelector("#alerts .alert-row"));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getText()).contains(number, "Breached", "First response");
            assertThat(rows.get(1).getText()).contains(number, "At risk");

            rows.get(0).findElement(By.cssSelector("button.mark-read")).click();
            browser.waitForText(By.id("unread-summary"), "1 unread alert");
            browser.waitFor(By.id("mark-all-read")).click();
            browser.waitForText(By.id("unread-summary"), "No unread alerts");
            assertThat(browser.driver().findElements(By.cssSelector("#alerts .alert-row.unread")))
                    .isEmpty();

            browser.driver().findElement(By.cssSelector("#alerts .alert-row a")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> browser.path().equals("/workspace/requests/" + requestId));
        }
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
