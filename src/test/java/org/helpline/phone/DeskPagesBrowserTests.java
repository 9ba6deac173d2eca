package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.helpline.Browser;
import org.helpline.notify.MailApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The desk pages on a phone: at 390 px wide, none of them is wider than the screen, for the
 * public, the org admin (the directory editor is the widest form) and the supervisor (queues and
 * skills).
 */
class DeskPagesBrowserTests {

    private static final int PHONE = 390;

    private final int port = MailApplication.port();

    @Test
    void noDeskPageIsWiderThanAPhone() throws Exception {
        var widths = new LinkedHashMap<String, Long>();
        measure(null, widths, "/phone?region=GB", "/phone/CN");
        measure(
                "orgadmin@helpline.example",
                widths,
                "/admin/phone",
                "/admin/phone/GB",
                "/kb/manage",
                "/kb/manage/new",
                "/kb/manage/analytics",
                "/health",
                "/health/issues/new");
        measure(
                "supervisor@helpline.example",
                widths,
                "/workspace/contact/queues",
                "/workspace/contact",
                "/workspace/calls",
                "/alerts");
        measure("admin@contoso.example", widths, "/kb?q=haslo", "/contact", "/account/notifications");

        assertThat(widths).hasSize(16);
        assertThat(widths)
                .allSatisfy((path, width) -> assertThat(width).as(path).isLessThanOrEqualTo(PHONE));
    }

    private void measure(String login, Map<String, Long> widths, String... paths) throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            if (login != null) {
                browser.signIn(login, "demo");
            }
            browser.driver().manage().window().setSize(new Dimension(PHONE, 900));
            for (var path : paths) {
                browser.go(path).waitFor(By.tagName("h1"));
                var width = ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth");
                widths.put((login == null ? "anonymous" : login) + " " + path, ((Number) width).longValue());
            }
        }
    }
}
