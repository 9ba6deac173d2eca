package org.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.contact.internal.ContactManagement;
import org.helpline.contact.internal.Presence;
import org.helpline.requests.NewRequests;
import org.helpline.shared.Severity;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contact pane in a real browser: Contoso's admin sees the expected wait in Polish words, and
 * for a filed callback the place in line and the estimate update without reloading the page; on
 * every page that shows it the pane appears once and asks the server once per refresh.
 */
@HelplineIntegrationTest
class ContactBrowserTests {

    /** How many times this page asked for the pane, as the browser's resource timings count. */
    private static final String PANE_CALLS = "performance.getEntriesByType('resource')"
            + ".filter(entry => entry.name.indexOf('/contact/pane') >= 0).length";

    @LocalServerPort
    int port;

    @Autowired
    ContactFixtures fixtures;

    @Autowired
    ContactManagement contact;

    @Autowired
    AgentManagement agents;

    @Test
    void thePaneShowsTheWaitAndThePlaceInLineUpdatesWithoutReloading() throws Exception {
        var contoso = fixtures.contoso();
        fixtures.completedHistory(contoso, "pl", 12);
        var agent = fixtures.availableStaffAgent(List.of("pl"));
        var busy = contact.requestCallback(ContactFixtures.callback(contoso, null, "pl", null, Severity.A));
        agents.accept(agent, busy.id());
        var ahead = contact.requestCallback(ContactFixtures.callback(contoso, null, "pl", null, Severity.A));
        var mine = ContactFixtures.callback(contoso, null, "pl", null, Severity.C);
        contact.requestCallback(mine);

        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("admin@contoso.example", "demo");
            browser.go("/contact");
            assertThat(browser.text(By.id("contact-wait-callback"))).matches(".*(minut|godzin|nie da się).*");
            assertThat(browser.text(By.id("contact-wait-phone"))).isNotBlank();

            browser.go("/contact?request=" + mine.requestId());
            var before = browser.text(By.id("contact-position"));
            int place = Integer.parseInt(before.replaceAll("\\D", ""));
            assertThat(place).isGreaterThanOrEqualTo(2);
            assertThat(browser.text(By.id("contact-wait-callback"))).contains("minut");

            agents.complete(agent, busy.id());
            agents.accept(agent, ahead.id());

            new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                    .until(ExpectedConditions.textToBe(
                            By.id("contact-position"), "Jesteś " + (place - 1) + ". w kolejce do oddzwonienia."));
            assertThat(browser.path()).isEqualTo("/contact");
        }
    }

    @Test
    void thePaneAppearsOnceAndRefreshesAtItsOwnPaceOnEveryPageThatShowsIt() throws Exception {
        var requestId = requestPreferringThePhone();
        var pages = List.of("/contact", "/requests/new", "/requests/" + requestId);
        long poll = contact.properties().pollInterval().toSeconds();
        long open = 3 * poll;

        try (var browser = Browser.open(port, "en")) {
            browser.signIn("admin@contoso.example", "demo");
            var tabs = new ArrayList<String>();
            for (var page : pages) {
                if (!tabs.isEmpty()) {
                    browser.driver().switchTo().newWindow(WindowType.TAB);
                }
                browser.go(page);
                browser.waitFor(By.cssSelector("#contact-pane-body[hx-trigger^='every']"));
                tabs.add(browser.driver().getWindowHandle());
            }

            await().during(Duration.ofSeconds(open))
                    .atMost(Duration.ofSeconds(open + 15))
                    .pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> {
                        for (int i = 0; i < tabs.size(); i++) {
                            browser.driver().switchTo().window(tabs.get(i));
                            assertThat(count(browser, "document.querySelectorAll('.contact-pane').length"))
                                    .as("panes on %s", pages.get(i))
                                    .isEqualTo(1);
                            assertThat(count(browser, "document.querySelectorAll('#contact-pane-body').length"))
                                    .as("pane bodies on %s", pages.get(i))
                                    .isEqualTo(1);
                            // One call on load, one per interval the tab has been open, one in flight.
                            long secondsOpen = count(browser, "Math.floor(performance.now() / 1000)");
                            assertThat(count(browser, PANE_CALLS))
                                    .as("calls of /contact/pane from %s", pages.get(i))
                                    .isBetween(1L, 2 + secondsOpen / poll);
                        }
                    });
        }
    }

    @Test
    void anAgentSetsPresenceAndIsOfferedAMatchingCallback() throws Exception {
        var partner = fixtures.newPartner();
        var agent = fixtures.availableAgent(partner, List.of("en"), List.of());
        agents.changePresence(agent, Presence.AWAY);
        var callback =
                contact.requestCallback(ContactFixtures.callback(fixtures.contoso(), partner, "en", null, Severity.B));
        var password = "long-password";

        try (var browser = Browser.open(port, "en")) {
            browser.signIn(agent.login(), password);
            browser.go("/workspace/contact");
            assertThat(browser.text(By.id("current-presence"))).isEqualTo("Away");
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("presence"))).selectByValue("AVAILABLE");
            browser.driver().findElement(By.id("set-presence")).click();
            browser.waitForText(By.id("current-presence"), "Available");

            browser.driver().findElement(By.id("accept")).click();
            browser.waitFor(By.id("active-callback"));
            assertThat(browser.text(By.id("active-callback"))).contains("+48 22 555 01 23");
            assertThat(browser.text(By.id("current-presence"))).isEqualTo("Busy on a contact");
            assertThat(UUID.fromString(callback.id().toString())).isEqualTo(callback.id());
        }
    }

    private static long count(Browser browser, String script) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return " + script)).longValue();
    }

    private UUID requestPreferringThePhone() {
        var body = NewRequests.technical("Call me back " + UUID.randomUUID());
        NewRequests.contactOf(body).put("preferredMethod", "PHONE");
        var response = ApiClient.as(port, "admin@contoso.example").post("/api/v1/requests", ApiClient.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }
}
