package org.helpline.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Support page in a real browser, as Contoso's admin and user see it. */
@HelplineIntegrationTest
class SupportBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void contosoAdminSeesSupportInPolishWithThePhoneFormattedForPoland() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("admin@contoso.example", "demo");

            assertThat(browser.path()).isEqualTo("/support");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Pomoc techniczna");
            assertThat(browser.text(By.id("new-request"))).isEqualTo("Nowe zgłoszenie serwisowe");
            assertThat(browser.text(By.cssSelector(".registered-phone"))).isEqualTo("+48 22 123 45 67");
            assertThat(browser.text(By.id("organisation-profile"))).contains("Polska", "(Warsaw)");
        }
    }

    @Test
    void r1_contosoUserSeesTheAdminsOnlyGuidanceWithTheirAdmins() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("user@contoso.example", "demo");

            assertThat(browser.text(By.id("admins-only")))
                    .contains("Pomoc techniczna z asystą jest tylko dla administratorów");
            assertThat(browser.text(By.id("your-admins"))).contains("Katarzyna Nowak", "admin@contoso.example");
        }
    }

    @Test
    void aUserCanSwitchTheLanguageAndItIsRemembered() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("billing@contoso.example", "demo");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Pomoc techniczna");

            new Select(browser.waitFor(By.id("lang-select"))).selectByValue("zh-CN");
            browser.waitForText(By.tagName("h1"), "支持");

            browser.signOut().signIn("billing@contoso.example", "demo");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("支持");

            new Select(browser.waitFor(By.id("lang-select"))).selectByValue("pl");
            browser.waitForText(By.tagName("h1"), "Pomoc techniczna");
        }
    }
}
