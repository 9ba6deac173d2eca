package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.AgentSkills;
import org.helpline.contact.ContactManagement;
import org.helpline.contact.NewCallback;
import org.helpline.contact.Presence;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.sla.Severity;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

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
    UserManagement users;

    @Autowired
    UserDetailsService principals;

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
        completedHistory(contoso, 12);
        var agent = availableStaffAgent();
        var busy = contact.requestCallback(callback(contoso, Severity.A));
        agents.accept(agent, busy.id());
        var ahead = contact.requestCallback(callback(contoso, Severity.A));
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

    private HelplineUser availableStaffAgent() {
        var login = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@helpline.example";
        users.create(
                "global",
                new NewUser(
                        login,
                        "Agent " + login.substring(6, 14),
                        "long-password",
                        null,
                        null,
                        Set.of(Role.AGENT),
                        "en"));
        var agent = (HelplineUser) principals.loadUserByUsername(login);
        var supervisor = (HelplineUser) principals.loadUserByUsername("supervisor@helpline.example");
        agents.changeSkills(
                supervisor,
                agent.id(),
                new AgentSkills(List.of("pl"), List.of()),
                agents.desk(agent).agent().version());
        agents.changePresence(agent, Presence.AVAILABLE);
        return agent;
    }

    /** Callbacks agents completed in the last hour, so that the queue has a handle time to estimate with. */
    private void completedHistory(UUID tenantId, int count) {
        var now = clock.instant();
        for (int i = 0; i < count; i++) {
            var completed = now.minusSeconds(60L + i * 60L);
            jdbc.sql("""
                    insert into contact_callback (tenant_id, id, organisation_id, phone_e164, registered_phone, language,
                        severity, severity_rank, state, requested_at, accepted_at, completed_at, handle_seconds, version)
                    values (:tenant, :id, 'global', '+48225550123', false, 'pl', 'C', 2, 'COMPLETED', :requested,
                        :accepted, :completed, :handle, 1)
                    """)
                    .param("tenant", tenantId)
                    .param("id", UUID.randomUUID())
                    .param("requested", completed.minusSeconds(900).atOffset(ZoneOffset.UTC))
                    .param(
                            "accepted",
                            completed.minusSeconds(i % 2 == 0 ? 240 : 480).atOffset(ZoneOffset.UTC))
                    .param("completed", completed.atOffset(ZoneOffset.UTC))
                    .param("handle", i % 2 == 0 ? 240 : 480)
                    .update();
        }
    }

    private static NewCallback callback(UUID tenantId, Severity severity) {
        return new NewCallback(
                tenantId,
                "global",
                null,
                UUID.randomUUID(),
                "T-" + UUID.randomUUID().toString().substring(0, 6),
                "+48 22 555 01 23",
                "pl",
                null,
                severity);
    }
}
