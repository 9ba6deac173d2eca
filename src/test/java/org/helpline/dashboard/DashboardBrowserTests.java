package org.helpline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.dashboard.internal.DashboardManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supervisor opens the dashboard in a real browser under the page's Content-Security-Policy:
 * ECharts draws every chart from its table, nothing is refused, axe finds no WCAG 2 AA fault, and
 * on a phone nothing is wider than the screen. The figures are two weeks of January 2020 of a service of the test's own,
 * written straight into the dashboard's projections.
 */
@HelplineIntegrationTest
class DashboardBrowserTests {

    private static final LocalDate MONDAY = LocalDate.parse("2020-01-06");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String service = "draw-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void twoWeeksOfFigures() {
        for (var day : new LocalDate[] {MONDAY, MONDAY.plusDays(8)}) {
            for (var severity : new String[] {"A", "B", "C"}) {
                jdbc.sql("""
                        insert into dashboard_request_day (organisation_id, bucket_day, service_id, severity, responded,
                            met, breached, under_15m, under_1h, under_4h, under_24h, over_24h)
                        values ('global', :day, :service, :severity, 4, 3, 1, 1, 1, 1, 1, 0)
                        """)
                        .param("day", day)
                        .param("service", service)
                        .param("severity", severity)
                        .update();
                jdbc.sql("""
                        insert into dashboard_survey_day (organisation_id, bucket_day, service_id, severity, agent_name,
                            answers, rating_sum)
                        values ('global', :day, :service, :severity, 'Dana Agent', 2, 7)
                        """)
                        .param("day", day)
                        .param("service", service)
                        .param("severity", severity)
                        .update();
            }
        }
        jdbc.sql("""
                insert into dashboard_request (id, organisation_id, service_id, severity, received_at, breached,
                    is_open, unanswered)
                values (:id, 'global', :service, 'B', timestamp with time zone '2020-01-07 09:00:00+00', false, true,
                    false)
                """).param("id", UUID.randomUUID()).param("service", service).update();
    }

    @Test
    void everyChartIsDrawnFromItsTableInTheReadersLanguage() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("supervisor@helpline.example", "demo");
            browser.go("/dashboard?from=2020-01-06&to=2020-01-19&service=" + service);
            drawn(browser);

            assertThat(browser.text(By.cssSelector("#chart-backlog h2")))
                    .isEqualTo("Otwarte zgłoszenia według priorytetu i wieku");
            browser.driver()
                    .findElement(By.cssSelector("#chart-backlog summary"))
                    .click();
            assertThat(browser.text(By.cssSelector("#chart-backlog-table thead")))
                    .isEqualTo("Otwarte od Priorytet A Priorytet B Priorytet C");
            assertThat(browser.text(By.cssSelector("#chart-backlog-table tbody tr:last-child")))
                    .isEqualTo("ponad 7 dni 0 1 0");
            assertThat(browser.driver().findElements(By.cssSelector("a[href*='/dashboard/backlog.csv']")))
                    .hasSize(1);
            var axe = new AxeBuilder()
                    .include("main")
                    .withTags(List.of("wcag2a", "wcag2aa"))
                    .analyze(browser.driver());
            assertThat(axe.getViolations())
                    .as("WCAG 2 A and AA rules the page breaks")
                    .extracting(rule -> rule.getId() + ": " + rule.getHelp())
                    .isEmpty();
            assertThat(browser.console())
                    .filteredOn(line -> line.contains("Content Security Policy")
                            || line.contains("Uncaught")
                            || line.contains("dashboard"))
                    .isEmpty();
        }
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreen() throws Exception {
        try (var browser = Browser.open(port, "zh-CN")) {
            browser.signIn("supervisor@helpline.example", "demo");
            browser.driver().manage().window().setSize(new Dimension(390, 900));
            browser.go("/dashboard?from=2020-01-06&to=2020-01-19&service=" + service);
            drawn(browser);

            var script = (JavascriptExecutor) browser.driver();
            var page = ((Number) script.executeScript("return document.documentElement.scrollWidth")).longValue();
            var screen = ((Number) script.executeScript("return window.innerWidth")).longValue();
            assertThat(page).isLessThanOrEqualTo(screen);
            var chart = browser.driver().findElement(By.cssSelector("#chart-attainment .dashboard-chart canvas"));
            assertThat(chart.getSize().getWidth()).isBetween(200, 390);
            assertThat(browser.text(By.cssSelector("#chart-attainment h2"))).isEqualTo("按时首次响应率（按周和严重级别，%）");
        }
    }

    /** Waits until ECharts has put a canvas into the drawing of every chart. */
    private static void drawn(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector("section.card .dashboard-chart canvas"))
                                .size()
                        == DashboardManagement.CHARTS.size());
        assertThat(browser.driver().findElements(By.cssSelector("section.card .dashboard-empty")))
                .isEmpty();
    }
}
