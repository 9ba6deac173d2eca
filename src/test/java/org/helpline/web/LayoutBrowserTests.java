package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The layout on a phone (390 px): the navigation folds into a menu button so the page starts at the
 * top, the button opens it, and no page of the shell is wider than the screen. On a desktop the
 * staff's side rail is open beside the page.
 */
@HelplineIntegrationTest
class LayoutBrowserTests {

    private static final int PHONE = 390;

    @LocalServerPort
    int port;

    @Test
    void aVisitorsTopBarFoldsIntoAMenuOnAPhone() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            phone(browser);
            browser.go("/login");
            assertFitsThePhone(browser, "/login");
            assertThat(browser.driver().findElement(By.id("site-nav")).isDisplayed())
                    .isFalse();

            browser.waitFor(By.id("menu-button")).click();
            assertThat(browser.waitFor(By.cssSelector("#site-nav [data-nav-link]"))
                            .getText())
                    .isEqualTo("Pomoc telefoniczna");
            assertThat(browser.waitFor(By.id("lang-select")).isDisplayed()).isTrue();
        }
    }

    @Test
    void theStaffsRailIsAMenuOnAPhoneAndOpenBesideThePageOnADesktop() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("agent@helpline.example", "demo");
            phone(browser);
            for (var page : new String[] {"/workspace", "/account", "/no/such/page"}) {
                browser.go(page);
                browser.waitFor(By.tagName("h1"));
                assertFitsThePhone(browser, page);
                assertThat(browser.driver().findElement(By.id("site-nav")).isDisplayed())
                        .as("the rail is folded on %s", page)
                        .isFalse();
            }
            browser.go("/workspace");
            browser.waitFor(By.id("menu-button")).click();
            var queue = browser.waitFor(By.cssSelector("#site-nav a[href='/workspace/queue']"));
            assertThat(browser.waitFor(By.cssSelector("#site-nav form[action$='/logout'] button"))
                            .isDisplayed())
                    .isTrue();
            queue.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("/workspace/queue"));
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#site-nav a[aria-current='page']"))
                            .getAttribute("href"))
                    .endsWith("/workspace/queue");

            desktop(browser);
            browser.go("/workspace");
            assertThat(browser.waitFor(By.id("site-nav")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("menu-button")).isDisplayed())
                    .isFalse();
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#site-nav a[aria-current='page']"))
                            .getText())
                    .isEqualTo("Obszar roboczy");
        }
    }

    @Test
    void aCustomersPagesFitThePhone() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("admin@contoso.example", "demo");
            phone(browser);
            for (var page : new String[] {"/support", "/account"}) {
                browser.go(page);
                browser.waitFor(By.tagName("h1"));
                assertFitsThePhone(browser, page);
            }
            browser.waitFor(By.id("menu-button")).click();
            assertThat(browser.waitFor(By.cssSelector("#site-nav a[href='/requests']"))
                            .isDisplayed())
                    .isTrue();
        }
    }

    /** Headless Chromium keeps a window at least 500 px wide, so the phone's screen is emulated. */
    private static void phone(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private static void desktop(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    private static void assertFitsThePhone(Browser browser, String page) {
        var script = (JavascriptExecutor) browser.driver();
        var viewport = ((Number) script.executeScript("return window.innerWidth")).intValue();
        var width = ((Number) script.executeScript("return document.documentElement.scrollWidth")).intValue();
        assertThat(viewport).as("the window is a phone's").isLessThanOrEqualTo(PHONE);
        assertThat(width).as("the width of %s at %d px", page, viewport).isLessThanOrEqualTo(viewport);
    }
}
