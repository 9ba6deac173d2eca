package org.helpline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organisation admin's pages on a phone: at 390 px none is wider than the screen, the wide
 * tables scroll inside their own box. The service-level overview is the widest of them.
 */
@HelplineIntegrationTest
class AdminPagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenancy;

    @Test
    void noAdminPageIsWiderThanAPhone() throws Exception {
        var contoso = tenancy.tenants("global", "contoso", 0, 1).get(0).id();
        var pages = List.of(
                "/admin/sla",
                "/admin/sla/calendars/business",
                "/admin/sla/calendars/new",
                "/admin/sla/policies/TECHNICAL/A",
                "/admin/audit",
                "/admin/tenants",
                "/admin/tenants/" + contoso,
                "/admin/tenants/" + contoso + "/edit",
                "/admin/partners",
                "/admin/users",
                "/admin/users/new",
                "/features");
        for (var language : List.of("en", "pl", "zh-CN")) {
            try (var browser = Browser.open(port, language)) {
                browser.signIn("orgadmin@helpline.example", "demo");
                browser.driver().manage().window().setSize(new Dimension(390, 900));
                for (var page : pages) {
                    browser.go(page);
                    var width = ((JavascriptExecutor) browser.driver())
                            .executeScript("return document.documentElement.scrollWidth");
                    assertThat(((Number) width).intValue())
                            .as("width of %s in %s at 390 px", page, language)
                            .isLessThanOrEqualTo(390);
                }
            }
        }
    }
}
