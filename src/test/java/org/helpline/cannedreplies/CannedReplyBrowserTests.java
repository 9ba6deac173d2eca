package org.helpline.cannedreplies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.requests.NewRequests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Canned replies in the agent's composer, in a real browser: "/gr" offers the agent's replies, a
 * picked one is put in place of what was typed, filled in for the request, and sent; a reply that
 * also changes the request says so and makes its change when sent.
 */
@HelplineIntegrationTest
class CannedReplyBrowserTests {

    private static final String AGENT = "agent@helpline.example";

    @LocalServerPort
    int port;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void typingSlashAndLettersOffersRepliesAndAPickedOneIsFilledInAndSent() throws Exception {
        var greeting = CannedReplyIntegrationTests.reply("PERSONAL", "greeting-" + token);
        create(greeting);
        var taking = CannedReplyIntegrationTests.reply("PERSONAL", "grab-" + token);
        taking.put("bodyEn", "I am taking {{number}} myself. {{agent}}");
        taking.put("assignment", "TAKE");
        create(taking);
        var request = file("Canned " + token);
        var number = request.get("number").asString();
        var id = request.get("id").asString();

        try (var browser = Browser.open(port, "en")) {
            browser.signIn(AGENT, "demo").go("/workspace/requests/" + id);
            var composer = browser.waitFor(By.id("reply-body"));
            composer.sendKeys("Thanks for waiting.\n/gr");
            browser.waitFor(By.cssSelector("#canned-reply-menu [data-shortcut='greeting-" + token + "']"))
                    .click();
            var expected = "Thanks for waiting.\nHello Katarzyna Nowak, request " + number + " is due ";
            waitUntil(browser, () -> composer.getDomProperty("value").startsWith(expected));
            assertThat(composer.getDomProperty("value"))
                    .endsWith("(Europe/Warsaw). Adam Agent")
                    .doesNotContain("/gr", "{{");
            assertThat(browser.driver()
                            .findElement(By.id("canned-reply-actions"))
                            .isDisplayed())
                    .isFalse();
            browser.waitFor(By.id("send-reply")).click();
            browser.waitForTextContaining(By.id("thread"), "Hello Katarzyna Nowak, request " + number);

            var again = browser.waitFor(By.id("reply-body"));
            again.sendKeys("/grab");
            browser.waitFor(By.cssSelector("#canned-reply-menu [data-shortcut='grab-" + token + "']"))
                    .click();
            assertThat(browser.waitFor(By.id("canned-reply-actions")).isDisplayed())
                    .isTrue();
            browser.waitFor(By.id("send-reply")).click();
            browser.waitForTextContaining(By.id("thread"), "I am taking " + number + " myself.");
            assertThat(ApiClient.as(port, AGENT)
                            .get("/api/v1/requests/" + id)
                            .json()
                            .get("assignee")
                            .get("name")
                            .asString())
                    .isEqualTo("Adam Agent");
            assertThat(browser.console()).noneMatch(line -> line.startsWith("SEVERE") && !line.contains("favicon.ico"));
        }
    }

    private void create(Map<String, Object> reply) {
        var created = ApiClient.as(port, AGENT).post("/api/v1/canned-replies", ApiClient.json(reply));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private JsonNode file(String title) {
        var filed = ApiClient.as(port, "admin@contoso.example")
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical(title)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json();
    }

    private static void waitUntil(Browser browser, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> condition.getAsBoolean());
    }
}
