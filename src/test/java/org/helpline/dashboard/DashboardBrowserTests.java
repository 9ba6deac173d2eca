package org.helpline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.dashboard.internal.DashboardManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A supervisor opens the dashboard in a real browser and sees its charts drawn. */
@HelplineIntegrationTest
class DashboardBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theSupervisorSeesEveryChart() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("supervisor@helpline.example", "demo");
            browser.go("/dashboard");
            browser.waitFor(By.cssSelector("#chart-attainment svg"));

            var charts = browser.driver().findElements(By.cssSelector("section.card svg.chart"));
            assertThat(charts).hasSize(DashboardManagement.CHARTS.size());
            assertThat(charts.get(0).getSize().getWidth()).isGreaterThan(100);
            assertThat(browser.text(By.cssSelector("#chart-backlog h2")))
                    .isEqualTo("Otwarte zgłoszenia według priorytetu i wieku");
            assertThat(browser.driver().findElements(By.cssSelector("a[href*='/dashboard/backlog.csv']")))
                    .hasSize(1);
        }
    }
}
