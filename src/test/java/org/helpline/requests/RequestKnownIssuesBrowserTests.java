package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deflection in a real browser: picking the service on the new request form shows the known
 * issue over htmx, and "This is my problem" confirms the subscription in place.
 */
@HelplineIntegrationTest
class RequestKnownIssuesBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void r3_choosingTheServiceShowsTheKnownIssueAndThisIsMyProblemConfirmsInPlace() throws Exception {
        var title = "Mail rules ignored " + UUID.randomUUID();
        var declared = ApiClient.as(port, "supervisor@helpline.example")
                .post(
                        "/api/v1/health/issues",
                        ApiClient.json(Map.of(
                                "classification",
                                "incident",
                                "title",
                                title,
                                "services",
                                List.of("mail"),
                                "status",
                                "investigating",
                                "impactDescription",
                                "Inbox rules do not run.")));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);

        try (var browser = Browser.open(port, "en")) {
            browser.signIn("admin@contoso.example", "demo");
            browser.go("/requests/new");
            new Select(browser.waitFor(By.id("serviceId"))).selectByValue("mail");
            browser.waitForTextContaining(By.id("known-issues"), title);

            var issue = browser.driver().findElements(By.cssSelector(".known-issue")).stream()
                    .filter(element -> element.getText().contains(title))
                    .findFirst()
                    .orElseThrow();
            Clicks.click(browser, issue.findElement(By.cssSelector(".this-is-my-problem")));

            browser.waitFor(By.id("deflected"));
            assertThat(browser.text(By.id("deflected"))).isNotBlank();
            assertThat(browser.path()).isEqualTo("/requests/new");
        }
    }
}
