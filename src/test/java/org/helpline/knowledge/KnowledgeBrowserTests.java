package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** the typeahead in a real browser: typing, the keyboard, and the article it opens. */
@HelplineIntegrationTest
class KnowledgeBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void typingHaslInPolishAndPickingASuggestionWithTheKeyboardOpensTheArticle() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("admin@contoso.example", "demo");
            browser.go("/kb");
            var box = browser.waitFor(By.id("kb-search"));
            box.sendKeys("hasl");
            var first = browser.waitFor(By.cssSelector("#kb-search-suggestions li[role=option]"));
            assertThat(first.getText()).containsIgnoringCase("hasł");
            assertThat(browser.driver().findElements(By.cssSelector("#kb-search-suggestions li[role=option]")))
                    .hasSizeLessThanOrEqualTo(8);

            box.sendKeys(Keys.ARROW_DOWN);
            assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
            var chosen = first.getText();
            box.sendKeys(Keys.ENTER);

            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("/kb/articles/"));
            var title = browser.text(By.id("kb-article-title"));
            assertThat(chosen).startsWith(title);
            assertThat(title).containsIgnoringCase("hasło");
            assertThat(browser.text(By.id("kb-feedback"))).contains("Czy to pomogło?");
        }
    }

    @Test
    void escapeClosesTheSuggestionsAndEnterSearches() throws Exception {
        try (var browser = Browser.open(port, "en")) {
            browser.signIn("admin@contoso.example", "demo");
            browser.go("/kb");
            var box = browser.waitFor(By.id("kb-search"));
            box.sendKeys("mailbox");
            browser.waitFor(By.cssSelector("#kb-search-suggestions li[role=option]"));
            box.sendKeys(Keys.ESCAPE);
            assertThat(browser.driver().findElements(By.cssSelector("#kb-search-suggestions li")))
                    .isEmpty();
            box.sendKeys(Keys.ENTER);
            assertThat(browser.text(By.id("kb-total"))).contains("mailbox");
            assertThat(browser.driver().findElements(By.cssSelector(".kb-result mark")))
                    .isNotEmpty();
            assertThat(browser.text(By.id("kb-contact-support"))).isEqualTo("Contact support");
        }
    }
}
