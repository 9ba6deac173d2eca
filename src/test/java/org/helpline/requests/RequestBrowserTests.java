package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole path in a real browser: Fabrikam's admin is shown its
 * partner Litware first, files a severity A request with the provider, an agent answers it from
 * the queue, and the admin sees the answer and the first response met.
 */
@HelplineIntegrationTest
class RequestBrowserTests {

    @LocalServerPort
    int port;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void r6_r18_fabrikamFilesSeverityAThroughThePartnerFirstPaneAndAnAgentAnswersIt() throws Exception {
        try (var browser = Browser.open(port, "en")) {
            var requestPath = file(browser);
            var number = browser.text(By.id("request-number"));
            browser.signOut();

            answer(browser, number);
            browser.signOut();

            browser.signIn("admin@fabrikam.example", "demo").go(requestPath);
            assertThat(browser.text(By.id("thread"))).contains("We are on it " + token);
            assertThat(browser.text(By.id("first-response-met"))).startsWith("First response met at");
            assertThat(browser.text(By.id("request-status"))).isEqualTo("In progress");
        }
    }

    private String file(Browser browser) {
        browser.signIn("admin@fabrikam.example", "demo").go("/requests/new");
        assertThat(browser.text(By.id("partner-first"))).contains("Litware", "support@litware.example");
        assertThat(browser.text(By.id("with-partner"))).contains("Litware");
        browser.waitFor(By.id("with-provider")).click();

        new Select(browser.waitFor(By.id("serviceId"))).selectByValue("mail");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElements(
                                By.cssSelector("#problemClassification option[value='site-permissions']"))
                        .isEmpty());
        new Select(browser.waitFor(By.id("problemClassification"))).selectByValue("mail-flow");
        browser.waitFor(By.id("title")).sendKeys("Mail is down " + token);
        browser.waitFor(By.id("description")).sendKeys("No mail reaches our 1,200 users since 09:10.");
        Clicks.click(browser, browser.waitFor(By.id("severity-A")));
        assertThat(browser.text(By.id("severity-definition-A"))).contains("unavailable or unusable");
        browser.waitFor(By.id("businessImpact")).sendKeys("Nobody at Fabrikam can e-mail customers.");
        assertThat(browser.waitFor(By.id("contactName")).getDomProperty("value"))
                .isEqualTo("Frank Miller");
        new Select(browser.waitFor(By.id("preferredMethod"))).selectByValue("PHONE");
        Clicks.click(browser, browser.waitFor(By.id("available24x7")));
        Clicks.click(browser, browser.waitFor(By.id("submit-request")));

        assertThat(browser.text(By.id("filed"))).isEqualTo("Your request was filed.");
        assertThat(browser.text(By.id("request-number"))).matches("GL-\\d{4}-\\d{6}");
        assertThat(browser.text(By.id("request-severity"))).isEqualTo("A (critical)");
        assertThat(browser.text(By.id("request-status"))).isEqualTo("New");
        assertThat(browser.text(By.id("request-handled-by"))).isEqualTo("Provider support");
        assertThat(browser.text(By.id("first-response-due")))
                .startsWith("First response due by")
                .contains("America/New_York");
        return browser.path();
    }

    private void answer(Browser browser, String number) {
        browser.signIn("agent@helpline.example", "demo").go("/workspace/queue");
        browser.waitFor(By.id("open-" + number)).click();
        assertThat(browser.text(By.id("request-number"))).isEqualTo(number);
        assertThat(browser.text(By.id("contact-name"))).isEqualTo("Frank Miller");
        browser.waitFor(By.id("reply-body")).sendKeys("We are on it " + token + ". Please keep your phone close.");
        browser.waitFor(By.id("send-reply")).click();
        assertThat(browser.text(By.id("first-response-met"))).startsWith("First response met at");
        assertThat(browser.text(By.id("thread"))).contains("We are on it " + token);
    }
}
