package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.identity.UserManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Visits every page reachable from the navigation, as every demo role, in Polish, English and
 * Chinese, at 1366 and 390 px, and fails on what a person would call unfinished: a page wider than
 * a phone, raw values on screen ({@link RawText}: {@code null}, {@code ??key??}, enum constants, ISO
 * instants, message keys), duplicate ids, a fragment inside itself, a console error, an
 * accessibility violation of impact serious or critical, or a page that keeps asking the server while
 * nobody uses it. Screenshots land in {@code target/page-audit}. The bell and the contact pane poll
 * at their production intervals here, since that is what an idle page costs.
 */
@HelplineIntegrationTest
@TestPropertySource(properties = {"helpline.alerts.bell-interval=30s", "helpline.contact.poll-interval=20s"})
class PageAuditBrowserTests {

    static final List<String> LANGUAGES = List.of("pl", "en", "zh-CN");
    static final Map<String, String> ROLES = roles();
    static final Set<String> STAFF = Set.of("org-admin", "partner-agent", "agent", "supervisor");
    static final Path SHOTS = Path.of("target", "page-audit");
    static final int PHONE = 390;
    static final int DESK = 1366;
    static final Duration IDLE = Duration.ofSeconds(30);
    static final int MOST_IDLE_REQUESTS = 10;

    /** Pages linked from the navigation's pages that a person opens next: one of each kind. */
    static final List<String> DETAIL_LINKS = List.of(
            "a[href^='/requests/']:not([href$='/new'])",
            "a[href^='/workspace/requests/']",
            "a[href^='/workspace/calls/']",
            "a[href^='/kb/articles/']",
            "a[href^='/health/issues/']:not([href$='/new'])",
            "a[href^='/admin/tenants/']",
            "a[href^='/admin/users/']",
            "a[href^='/admin/phone/']",
            "a[href='/admin/outbox']",
            "a[href='/tenant/provisioning']",
            "a[href='/presales']");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void everyPageReadsAsFinishedForEveryRoleInEveryLanguageOnADeskAndOnAPhone() throws Exception {
        Files.createDirectories(SHOTS);
        var languages = languagesOfTheDemoUsers();
        var covered = new Covered(ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet());
        var idle = new IdleTabs(new ConcurrentLinkedQueue<>());
        var findings = new ArrayList<String>();
        List<String> busy;
        try {
            findings.addAll(auditEveryRoleTwoAtATime(covered, idle));
            busy = idle.busyAfterAWhile();
        } finally {
            idle.close();
            // Switching the language stores it in the profile; other tests expect the demo's own.
            languages.forEach((id, language) -> users.changeLanguage(id, language));
        }
        assertThat(findings)
                .as("what a person would see on %d pages", covered.pages().size())
                .isEmpty();
        assertThat(busy).as("idle pages that keep asking the server").isEmpty();
    }

    /**
     * Pages already audited and screenshots already taken, shared by the browsers running at once. A
     * page staff and customers both open (self-help, service health) counts once for each, since
     * each sees it in a layout of its own.
     */
    private record Covered(Set<String> pages, Set<String> shots) {}

    /** Each role in its own browser, two browsers at a time: the machine has two cores. */
    private List<String> auditEveryRoleTwoAtATime(Covered covered, IdleTabs idle) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<List<String>>>();
            for (var role : ROLES.entrySet()) {
                runs.add(pool.submit(() -> auditRole(role.getKey(), role.getValue(), covered, idle)));
            }
            var findings = new ArrayList<String>();
            for (var run : runs) {
                findings.addAll(resultOf(run));
            }
            return findings;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The run's findings; a failure or a skipped browser surfaces as itself, not wrapped. */
    private static List<String> resultOf(Future<List<String>> run) throws Exception {
        try {
            return run.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) failed.getCause();
        }
    }

    /**
     * Audits the role's pages language by language. In the last language each page gets a tab of its
     * own, left open afterwards, so that {@link IdleTabs} can count what it asks while nobody uses it.
     */
    private List<String> auditRole(String role, String login, Covered covered, IdleTabs idle) throws Exception {
        var findings = new ArrayList<String>();
        var browser = Browser.open(port, "en");
        idle.browsers().add(browser);
        signIn(browser, login);
        var pages = pagesOf(browser);
        for (var language : LANGUAGES) {
            switchLanguage(browser, language);
            boolean last = language.equals(LANGUAGES.get(LANGUAGES.size() - 1));
            for (var page : pages) {
                boolean roleLanding = page.equals(pages.get(0));
                if (covered.pages().add(layoutOf(role) + " " + language + " " + page) || roleLanding) {
                    if (last && !roleLanding) {
                        browser.driver().switchTo().newWindow(WindowType.TAB);
                    }
                    findings.addAll(
                            audit(browser, role + " " + language + " " + page, page, language, covered.shots()));
                    if (last) {
                        idle.opened(browser, role + " " + page);
                    }
                }
            }
        }
        return findings;
    }

    private Map<UUID, String> languagesOfTheDemoUsers() {
        var languages = new LinkedHashMap<UUID, String>();
        jdbc.sql("select id, language from app_user where login in (:logins)")
                .param(
                        "logins",
                        ROLES.values().stream()
                                .filter(login -> !login.isEmpty())
                                .toList())
                .query((row, number) -> languages.put(row.getObject("id", UUID.class), row.getString("language")))
                .list();
        return languages;
    }

    /** A tab left open on a page after its audit, and when it was last touched. */
    private record IdleTab(Browser browser, String handle, String name, long touched) {}

    /**
     * The tabs the audit leaves open: once the last of them has been idle for {@link #IDLE}, each
     * tells how many requests it sent in that time. They idle while the other roles are audited, so
     * the check costs one idle period at the end instead of a second visit to every page.
     */
    private record IdleTabs(ConcurrentLinkedQueue<IdleTab> tabs, ConcurrentLinkedQueue<Browser> browsers)
            implements AutoCloseable {

        IdleTabs(ConcurrentLinkedQueue<IdleTab> tabs) {
            this(tabs, new ConcurrentLinkedQueue<>());
        }

        void opened(Browser browser, String name) {
            tabs.add(new IdleTab(browser, browser.driver().getWindowHandle(), name, System.nanoTime()));
        }

        List<String> busyAfterAWhile() throws InterruptedException {
            long lastTouched = tabs.stream().mapToLong(IdleTab::touched).max().orElse(System.nanoTime());
            long idleFor = System.nanoTime() - lastTouched;
            Thread.sleep(Math.max(0, IDLE.toMillis() - Duration.ofNanos(idleFor).toMillis()));
            var busy = new ArrayList<String>();
            for (var tab : tabs) {
                tab.browser().driver().switchTo().window(tab.handle());
                long requests = number(tab.browser(), """
                        const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
                        const last = performance.now() - %d;
                        return performance.getEntriesByType('resource')
                            .filter(entry => entry.startTime > loaded && entry.startTime >= last).length;
                        """.formatted(IDLE.toMillis()));
                if (requests > MOST_IDLE_REQUESTS) {
                    busy.add(tab.name() + ": " + requests + " requests in " + IDLE.toSeconds() + " s");
                }
            }
            return busy;
        }

        @Override
        public void close() throws Exception {
            for (var browser : browsers) {
                browser.close();
            }
        }
    }

    /**
     * Audits a page on a desk and then, after a resize instead of a second load, on a phone. A
     * landing page several roles share is shot on a desk once per language. axe-core checks every
     * rule in English, on a desk and on a phone; in the other languages it checks every rule but
     * colour contrast on a desk. Contrast follows from the style sheet, which is the same in every
     * language and every width, and it is most of the second each run costs.
     */
    private List<String> audit(Browser browser, String where, String page, String language, Set<String> shot)
            throws Exception {
        boolean english = language.equals("en");
        var findings = new ArrayList<String>();
        browser.go(page);
        settle(browser);
        var size = browser.driver().manage().window();
        size.setSize(new Dimension(DESK, 900));
        var text = string(browser, "return document.body.innerText");
        RawText.findIn(text).forEach(raw -> findings.add(where + ": " + raw));
        var duplicates = string(browser, """
                const ids = [...document.querySelectorAll('[id]')].map(element => element.id);
                return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].join(', ');
                """);
        if (!duplicates.isEmpty()) {
            findings.add(where + ": duplicate ids " + duplicates);
        }
        var nested = string(browser, """
                return [...document.querySelectorAll('[hx-get]')]
                    .filter(outer => [...outer.querySelectorAll('[hx-get]')]
                        .some(inner => inner.getAttribute('hx-get') === outer.getAttribute('hx-get')))
                    .map(outer => outer.getAttribute('hx-get')).join(', ');
                """);
        if (!nested.isEmpty()) {
            findings.add(where + ": a fragment inside itself " + nested);
        }
        browser.console().stream()
                .filter(line -> line.startsWith("SEVERE"))
                .forEach(line -> findings.add(where + ": console " + line));
        findings.addAll(accessibilityViolations(browser, where + " " + DESK, english));
        var role = where.substring(0, where.indexOf(' '));
        if (shot.add(layoutOf(role) + where.substring(role.length()))) {
            screenshot(browser, where, DESK);
        }
        size.setSize(new Dimension(PHONE, 844));
        long overflow = number(browser, "return document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0) {
            findings.add(where + ": " + overflow + " px wider than a " + PHONE + " px screen");
        }
        if (english) {
            findings.addAll(accessibilityViolations(browser, where + " " + PHONE, true));
        }
        screenshot(browser, where, PHONE);
        size.setSize(new Dimension(DESK, 900));
        return findings;
    }

    /** axe-core's violations of impact serious or critical, against WCAG 2.1 A and AA. */
    private static List<String> accessibilityViolations(Browser browser, String where, boolean withContrast) {
        var axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        if (!withContrast) {
            axe.disableRules(List.of("color-contrast"));
        }
        var results = axe.analyze(browser.driver());
        if (results.getPasses().isEmpty()) {
            return List.of(where + ": axe-core checked nothing (" + results.getErrorMessage() + ")");
        }
        return results.getViolations().stream()
                .filter(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> where + ": " + rule.getImpact() + " " + rule.getId() + " at "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
    }

    /** The role's landing page first, then its navigation, then one detail page of each kind. */
    private static List<String> pagesOf(Browser browser) {
        browser.go("/");
        settle(browser);
        var pages = new LinkedHashSet<String>();
        pages.add(browser.path());
        pages.addAll(links(browser, "nav a[href^='/']"));
        for (var page : List.copyOf(pages)) {
            browser.go(page);
            settle(browser);
            for (var selector : DETAIL_LINKS) {
                links(browser, "main " + selector).stream().findFirst().ifPresent(pages::add);
            }
        }
        return List.copyOf(pages);
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Browser browser, String selector) {
        return ((List<String>) ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return [...document.querySelectorAll(arguments[0])]"
                                        + ".map(a => a.getAttribute('href').split('#')[0])"
                                        + ".filter(href => href && !href.startsWith('/logout')"
                                        + " && !href.startsWith('/api/') && !href.endsWith('.csv'))",
                                selector))
                .stream().distinct().toList();
    }

    private static void signIn(Browser browser, String login) {
        if (!login.isEmpty()) {
            browser.signIn(login, "demo");
        }
    }

    private static void switchLanguage(Browser browser, String language) {
        var select = new Select(browser.waitFor(By.id("lang-select")));
        if (!language.equals(select.getFirstSelectedOption().getAttribute("value"))) {
            select.selectByValue(language);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> language.toLowerCase()
                            .startsWith(string(browser, "return document.documentElement.lang")
                                    .toLowerCase()));
        }
    }

    private static void settle(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.htmx || document.querySelectorAll('.htmx-request').length === 0)")));
    }

    private static void screenshot(Browser browser, String where, int width) throws Exception {
        var name = (where + " " + width).replaceAll("[^A-Za-z0-9-]+", "_") + ".png";
        var png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name), png);
    }

    private static String string(Browser browser, String script) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(script));
    }

    private static long number(Browser browser, String script) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).longValue();
    }

    private static String layoutOf(String role) {
        return STAFF.contains(role) ? "staff" : "customer";
    }

    /** The roles with the most pages first, so that neither browser is left with a long tail alone. */
    private static Map<String, String> roles() {
        var roles = new LinkedHashMap<String, String>();
        roles.put("org-admin", "orgadmin@helpline.example");
        roles.put("tenant-admin", "admin@contoso.example");
        roles.put("partner-agent", "partner@litware.example");
        roles.put("agent", "agent@helpline.example");
        roles.put("billing-admin", "billing@contoso.example");
        roles.put("supervisor", "supervisor@helpline.example");
        roles.put("visitor", "");
        roles.put("tenant-user", "user@contoso.example");
        roles.put("operator-tenant-admin", "admin@northwind.example");
        return roles;
    }
}
