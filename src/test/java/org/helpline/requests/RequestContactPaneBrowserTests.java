package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.ContactFixtures;
import org.helpline.contact.ContactManagement;
import org.helpline.shared.Severity;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contact pane on a request's page: Contoso's admin, who asked to be called back, sees
 * the place in line and the expected wait in words, and the place moves up without reloading when
 * an agent takes the callbacks ahead.
 */
@HelplineIntegrationTest
class RequestContactPaneBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenants;

    @Autowired
    ContactFixtures fixtures;

    @Autowired
    AgentManagement agents;

    @Autowired
    ContactManagement contact;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void r5_theRequestPageShowsThePlaceInLineAndItMovesUpWithoutReloading() throws Exception {
        var contoso = tenants.tenants("global", "contoso.example", 0, 1).get(0).id();
        fixtures.completedHistory(contoso, "pl", 12);
        var agent = fixtures.availableStaffAgent(List.of("pl"));
        var busy = contact.requestCallback(ContactFixtures.callback(contoso, null, "pl", null, Severity.A));
        agents.accept(agent, busy.id());
        var ahead = contact.requestCallback(ContactFixtures.callback(contoso, null, "pl", null, Severity.A));
        var requestId = fileByPhone();
        waitForCallback(requestId);

        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("admin@contoso.example", "demo");
            browser.go("/requests/" + requestId);
            var before = browser.waitFor(By.id("contact-position")).getText();
            int place = Integer.parseInt(before.replaceAll("\\D", ""));
            assertThat(place).isGreaterThanOrEqualTo(2);
            assertThat(browser.text(By.id("contact-wait-callback"))).matches(".*(minut|godzin|nie da się).*");

            agents.complete(agent, busy.id());
            agents.accept(agent, ahead.id());

            new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                    .until(ExpectedConditions.textToBe(
                            By.id("contact-position"), "Jesteś " + (place - 1) + ". w kolejce do oddzwonienia."));
            assertThat(browser.path()).isEqualTo("/requests/" + requestId);
        }
    }

    private UUID fileByPhone() {
        var body = NewRequests.technical("Call me " + UUID.randomUUID());
        var contactDetails = NewRequests.contactOf(body);
        contactDetails.put("preferredMethod", "PHONE");
        contactDetails.put("language", "pl");
        var response = ApiClient.as(port, "admin@contoso.example").post("/api/v1/requests", ApiClient.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    private void waitForCallback(UUID requestId) throws InterruptedException {
        for (int attempt = 0; attempt < 100 && callbacks(requestId) == 0; attempt++) {
            Thread.sleep(100);
        }
        assertThat(callbacks(requestId)).isEqualTo(1);
    }

    private long callbacks(UUID requestId) {
        return jdbc.sql("select count(*) from contact_callback where request_id = :id")
                .param("id", requestId)
                .query(Long.class)
                .single();
    }

    /** Callbacks agents completed in the last hour, so that the queue has a handle time to estimate with. */
}
