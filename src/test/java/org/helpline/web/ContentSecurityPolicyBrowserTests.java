package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.requests.NewRequests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in Chromium under their Content-Security-Policy ({@code script-src 'self'; style-src
 * 'self'}): nothing is refused and no script fails on any main page of each kind of user, and what
 * once ran inline (the language switch, the phone directory's filter, the typeahead's styles) still
 * works from its file.
 */
@HelplineIntegrationTest
class ContentSecurityPolicyBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theMainPagesRunWithNothingRefusedByTheContentSecurityPolicy() throws Exception {
        var requestId = fileRequest();
        var pages = new LinkedHashMap<String, List<String>>();
        pages.put("", List.of("/login", "/phone", "/phone?region=GB"));
        pages.put(
                "admin@contoso.example",
                List.of(
                        "/support",
                        "/requests/new",
                        "/requests",
                        "/requests/" + requestId,
                        "/contact",
                        "/kb",
                        "/kb?q=mail",
                        "/health",
                        "/features",
                        "/account",
                        "/account/notifications"));
        pages.put(
                "agent@helpline.example",
                List.of(
                        "/workspace",
                        "/workspace/queue",
                        "/workspace/requests/" + requestId,
                        "/workspace/calls",
                        "/workspace/contact",
                        "/alerts"));
        pages.put(
                "supervisor@helpline.example",
                List.of("/dashboard", "/workspace/contact/queues", "/health/issues/new"));
        pages.put(
                "orgadmin@helpline.example",
                List.of(
                        "/admin/tenants",
                        "/admin/partners",
                        "/admin/users",
                        "/admin/users/new",
                        "/admin/sla",
                        "/admin/sla/calendars/new",
                        "/admin/phone",
                        "/admin/audit",
                        "/kb/manage",
                        "/kb/manage/new",
                        "/kb/manage/analytics",
                        "/swagger-ui/index.html"));

        var refused = new ArrayList<String>();
        try (var browser = Browser.open(port, "en")) {
            for (var user : pages.entrySet()) {
                if (!user.getKey().isEmpty()) {
                    browser.signIn(user.getKey(), "demo");
                }
                for (var path : user.getValue()) {
                    visit(browser, path);
                    refused.addAll(problems(browser, path));
                }
                if (!user.getKey().isEmpty()) {
                    browser.go("/").signOut();
                }
            }
        }

        assertThat(refused).as("console messages of refused or failed scripts").isEmpty();
    }

    @Test
    void whatRanInlineStillWorksFromItsFile() throws Exception {
        try (var browser = Browser.open(port, "en")) {
            visit(browser, "/login");
            assertThat(style(browser, "#lang-select", "minWidth")).isEqualTo("136px");
            new Select(browser.waitFor(By.id("lang-select"))).selectByValue("zh-CN");
            browser.waitForText(By.tagName("h1"), "登录 Helpline");
            new Select(browser.waitFor(By.id("lang-select"))).selectByValue("en");
            browser.waitForText(By.tagName("h1"), "Sign in to Helpline");

            visit(browser, "/phone");
            var filter = browser.waitFor(By.id("region-filter"));
            filter.sendKeys("United Kingd");
            assertThat(new Select(browser.waitFor(By.id("region-select")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("GB");
            filter.sendKeys(Keys.ENTER);
            browser.waitForText(By.id("region-name"), "United Kingdom");

            browser.signIn("admin@contoso.example", "demo");
            visit(browser, "/kb");
            assertThat(style(browser, ".kb-suggestions", "position")).isEqualTo("absolute");
            assertThat(style(browser, ".kb-suggestions", "display")).isEqualTo("none");
            browser.waitFor(By.id("kb-search")).sendKeys("mail");
            browser.waitFor(By.cssSelector(".kb-suggestions [role=option]"));
            assertThat(style(browser, ".kb-suggestions", "display")).isEqualTo("block");

            assertThat(problems(browser, "after using them")).isEmpty();
        }
    }

    private static void visit(Browser browser, String path) {
        browser.go(path);
        var js = (JavascriptExecutor) browser.driver();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> Boolean.TRUE.equals(js.executeScript("return document.readyState === 'complete'"
                        + " && (!window.htmx || document.querySelectorAll('.htmx-request').length === 0)"
                        + " && (location.pathname.indexOf('/swagger-ui') < 0"
                        + "     || document.querySelector('.swagger-ui .info') !== null)")));
        assertThat(browser.driver().getTitle()).as(path).isNotEqualTo("Something went wrong");
    }

    /** Console messages of what the policy refused or of a script that failed, since the last call. */
    private static List<String> problems(Browser browser, String where) {
        return browser.console().stream()
                .filter(line -> line.contains("Content Security Policy") || line.contains("Uncaught"))
                .map(line -> where + ": " + line)
                .toList();
    }

    private static String style(Browser browser, String selector, String property) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]]",
                        selector,
                        property);
    }

    private UUID fileRequest() {
        var response = ApiClient.as(port, "admin@contoso.example")
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical("CSP " + UUID.randomUUID())));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }
}
