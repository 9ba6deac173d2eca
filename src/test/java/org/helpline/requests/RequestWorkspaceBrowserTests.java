package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agent's workspace and the customer's pages in a real browser: the SLA badges count down in
 * words without a reload, turn "breached" when the deadline passes and stop once the clock is met;
 * at 390 pixels no page is wider than the screen.
 */
@HelplineIntegrationTest
class RequestWorkspaceBrowserTests {

    private static final By FIRST_RESPONSE = By.cssSelector("#clock-FIRST_RESPONSE .sla-badge");

    private static final By FIRST_RESPONSE_WORDS = By.cssSelector("#clock-FIRST_RESPONSE .sla-words");

    @LocalServerPort
    int port;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theFirstResponseBadgeCountsDownLiveTurnsBreachedAndStopsWhenMet() throws Exception {
        var id = RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical("Countdown " + token))
                .get("id")
                .asString();
        try (var browser = Browser.open(port, "en")) {
            browser.signIn("agent@helpline.example", "demo").go("/workspace/requests/" + id);
            assertThat(browser.waitFor(FIRST_RESPONSE).getAttribute("data-state"))
                    .isEqualTo("running");
            assertThat(browser.text(FIRST_RESPONSE_WORDS)).startsWith("in ");

            moveDeadline(browser, Duration.ofHours(2).plusMinutes(5).plusSeconds(30));
            waitUntil(browser, () -> browser.text(FIRST_RESPONSE_WORDS).matches("in 2 h [45] min"));

            moveDeadline(browser, Duration.ofMinutes(-10).minusSeconds(30));
            waitUntil(
                    browser,
                    () -> "breached".equals(browser.waitFor(FIRST_RESPONSE).getAttribute("data-state")));
            assertThat(browser.text(FIRST_RESPONSE)).startsWith("Breached").matches("(?s).*1[01] min ago");

            browser.waitFor(By.id("reply-body")).sendKeys("On it " + token);
            browser.waitFor(By.id("send-reply")).click();
            browser.waitForTextContaining(By.id("thread"), "On it " + token);
            var met = browser.waitFor(FIRST_RESPONSE);
            assertThat(met.getAttribute("data-state")).isEqualTo("met");
            assertThat(met.getAttribute("data-due")).isNull();
            assertThat(browser.driver().findElements(FIRST_RESPONSE_WORDS)).isEmpty();
            assertThat(browser.text(FIRST_RESPONSE)).startsWith("Met");
            assertThat(browser.console()).noneMatch(line -> line.startsWith("SEVERE") && !line.contains("favicon.ico"));
        }
    }

    @Test
    void theComposerUploadsTwoChosenFilesWithTheMessageAndTheThreadShowsThem(@TempDir Path files) throws Exception {
        var id = RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical("Composer files " + token))
                .get("id")
                .asString();
        var log = Files.writeString(files.resolve("server-" + token + ".log"), "trace " + token);
        var picture = files.resolve("screen-" + token + ".png");
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        try (var browser = Browser.open(port, "en")) {
            browser.signIn("agent@helpline.example", "demo").go("/workspace/requests/" + id);
            browser.waitFor(By.id("reply-body")).sendKeys("Two files " + token);
            browser.waitFor(By.id("reply-files")).sendKeys(log + "\n" + picture);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(driver -> driver.findElements(By.cssSelector("#reply-form .uploaded-file"))
                                    .size()
                            == 2);
            browser.waitFor(By.id("send-reply")).click();

            browser.waitForTextContaining(By.id("thread"), "Two files " + token);
            var thread = browser.text(By.id("thread"));
            assertThat(thread).contains("server-" + token + ".log", "screen-" + token + ".png");
            assertThat(browser.driver().findElements(By.cssSelector("#thread img.attachment-thumb")))
                    .hasSize(1);
            assertThat(browser.console()).noneMatch(line -> line.startsWith("SEVERE") && !line.contains("favicon.ico"));
        }
    }

    @Test
    void atPhoneWidthNoRequestPageIsWiderThanTheScreen() throws Exception {
        var id = RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical("Narrow " + token + " with a rather long title that has to wrap"))
                .get("id")
                .asString();
        try (var browser = Browser.open(port, "pl")) {
            browser.driver().manage().window().setSize(new Dimension(390, 900));
            browser.signIn("agent@helpline.example", "demo");
            for (var path : new String[] {"/workspace/queue", "/workspace/requests/" + id}) {
                browser.go(path).waitFor(By.tagName("h1"));
                assertThat(pageWidth(browser)).as(path).isLessThanOrEqualTo(390);
            }
            browser.signOut().signIn("admin@contoso.example", "demo");
            for (var path : new String[] {"/requests", "/requests/" + id, "/requests/new"}) {
                browser.go(path).waitFor(By.tagName("h1"));
                assertThat(pageWidth(browser)).as(path).isLessThanOrEqualTo(390);
            }
        }
    }

    /** Moves the badge's deadline as if that much time were left; the page must follow without a reload. */
    private static void moveDeadline(Browser browser, Duration left) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelector('#clock-FIRST_RESPONSE .sla-badge').dataset.due = arguments[0];",
                        Instant.now().plus(left).toString());
    }

    private static long pageWidth(Browser browser) {
        return (Long)
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth;");
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }
}
