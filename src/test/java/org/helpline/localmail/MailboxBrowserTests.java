package org.helpline.localmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The mailbox as an agent sees it in Chromium, offered by the navigation: the list and the reader
 * with an e-mail's HTML in its sandboxed frame, at 1366 and 390 px, with no
 * serious accessibility finding and nothing wider than a phone. Screenshots land in
 * {@code target/page-audit}.
 */
class MailboxBrowserTests {

    private static final Path SHOTS = Path.of("target", "page-audit");

    private static LocalMailApplication application;

    @BeforeAll
    static void start() {
        application = LocalMailApplication.shared();
    }

    @Test
    void anAgentFindsTheMailboxReadsAnEmailAndItsHtmlRunsNoScript() throws Exception {
        Files.createDirectories(SHOTS);
        var to = "browser-" + UUID.randomUUID() + "@contoso.example";
        sendHtml(to);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ApiClient.as(application.port(), "agent@helpline.example")
                                .get("/api/v1/mailbox/messages?to=" + to)
                                .json()
                                .size()
                        == 1);
        var findings = new ArrayList<String>();
        // English only: the Polish page is read over HTTP in LocalMailIntegrationTests
        try (var browser = Browser.open(application.port(), "en")) {
            browser.signIn("agent@helpline.example", "demo");
            browser.driver().findElement(By.cssSelector("a[href='/mailbox']")).click();
            browser.waitFor(By.id("messages"));
            findings.addAll(audit(browser, "mailbox"));

            browser.driver()
                    .findElement(By.cssSelector("tr[data-id] a[href^='/mailbox/']"))
                    .click();
            browser.waitFor(By.id("message-html"));
            assertThat(browser.text(By.id("attachments"))).isEqualTo("logs.txt");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#message-text a"))
                            .getAttribute("href"))
                    .isEqualTo("http://localhost:8080/requests/1");
            findings.addAll(audit(browser, "mailbox message"));
            assertFrame(browser);
        }
        assertThat(findings).isEmpty();
    }

    /** The e-mail's HTML is shown, its link opens a new tab, and its script did not run. */
    private static void assertFrame(Browser browser) {
        var driver = browser.driver();
        driver.switchTo().frame(driver.findElement(By.id("message-html")));
        try {
            var link = driver.findElement(By.linkText("your request"));
            assertThat(link.getAttribute("href")).isEqualTo("http://localhost:8080/requests/1");
            assertThat(driver.findElement(By.tagName("base")).getAttribute("target"))
                    .isEqualTo("_blank");
            assertThat(driver.findElements(By.id("ran"))).isEmpty();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    private static List<String> audit(Browser browser, String where) throws Exception {
        var findings = new ArrayList<String>();
        var size = browser.driver().manage().window();
        size.setSize(new Dimension(1366, 900));
        findings.addAll(violations(browser, where + " 1366"));
        shot(browser, where + " 1366");
        size.setSize(new Dimension(390, 844));
        long overflow = ((Number) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .longValue();
        if (overflow > 0) {
            findings.add(where + ": " + overflow + " px wider than a 390 px screen");
        }
        findings.addAll(violations(browser, where + " 390"));
        shot(browser, where + " 390");
        size.setSize(new Dimension(1366, 900));
        browser.console().forEach(line -> findings.add(where + ": console " + line));
        return findings;
    }

    private static List<String> violations(Browser browser, String where) {
        // The frame holds the sender's e-mail, not our page, and its sandbox lets no axe script in:
        // axe would wait out its frame timeout (a minute a run) for an answer that never comes.
        var results = new AxeBuilder()
                .disableIframeTesting()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        return results.getViolations().stream()
                .filter(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> where + ": " + rule.getImpact() + " " + rule.getId() + " at "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
    }

    private static void shot(Browser browser, String where) throws Exception {
        var png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(where.replaceAll("[^A-Za-z0-9-]+", "_") + ".png"), png);
    }

    private static void sendHtml(String to) throws Exception {
        var sender = application.context().getBean(JavaMailSender.class);
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("Helpline <no-reply@helpline.example>");
        helper.setTo(to);
        helper.setSubject("Your request HL-2026-000001 was received");
        helper.setText(
                "We received your request. Open http://localhost:8080/requests/1 to follow it.",
                "<h1 style=\"color:#0a58ca\">Request received</h1><p>Open <a href=\"http://localhost:8080/requests/1\">"
                        + "your request</a> to follow it.</p>"
                        + "<script>document.body.insertAdjacentHTML('beforeend', '<p id=ran>ran</p>')</script>");
        helper.addAttachment("logs.txt", new ByteArrayResource("line 1".getBytes()));
        sender.send(message);
    }
}
