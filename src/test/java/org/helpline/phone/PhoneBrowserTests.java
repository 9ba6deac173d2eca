package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.Browser;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** The public directory in Polish and the agent's call console, in a real browser. */
class PhoneBrowserTests {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final int port = MailApplication.port();

    private final TenantManagement tenancy = MailApplication.bean(TenantManagement.class);

    @Test
    void r7_anyoneFindsTheirCountryInPolishAndSeesNumbersHoursAndLanguages() throws Exception {
        try (var browser = Browser.open(port, "pl")) {
            browser.go("/phone");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Telefoniczna pomoc techniczna");

            var filter = browser.waitFor(By.id("region-filter"));
            filter.sendKeys("Zjednoczone Kr");
            filter.sendKeys(Keys.ENTER);
            browser.waitForText(By.id("region-name"), new Locale("", "GB").getDisplayCountry(POLISH));
            assertThat(browser.text(By.id("region-numbers"))).contains("0800 032 6417", "Bezpłatny");
            assertThat(browser.text(By.id("region-hours")))
                    .contains("Pomoc techniczna", "Rozliczenia i subskrypcje", "08:00–18:00");
            assertThat(browser.text(By.id("open-now"))).isIn("Teraz czynne", "Teraz nieczynne");
            assertThat(browser.text(By.id("region-languages"))).isEqualTo("angielski");

            new Select(browser.waitFor(By.id("region-select"))).selectByVisibleText("Chiny");
            browser.waitForText(By.id("region-name"), "Chiny");
            assertThat(browser.text(By.id("region-numbers"))).contains("(86) 400-089-0365");
            assertThat(browser.text(By.id("region-zone"))).contains("Shanghai");
            assertThat(browser.text(By.id("region-hours"))).contains("09:00–24:00", "Wsparcie przedsprzedażowe");

            new Select(browser.waitFor(By.id("region-select"))).selectByVisibleText("Polska");
            browser.waitForText(By.id("region-name"), "Polska");
            assertThat(browser.text(By.id("no-own-line"))).contains("linię międzynarodową");
            assertThat(browser.text(By.id("region-numbers"))).contains("+44 20 7946 0958");
        }
    }

    @Test
    void r9_anAgentVerifiesACallerWithACodeAndOnlyThenSeesTheAccount() throws Exception {
        var suffix = "b" + UUID.randomUUID().toString().substring(0, 8);
        var tenant = tenancy.createTenant(
                "global",
                new NewTenant(
                        "Browser " + suffix,
                        suffix + ".example",
                        "PL",
                        "Europe/Warsaw",
                        "pl",
                        Contract.ADVANCED,
                        null,
                        List.of("+48 22 765 43 21"),
                        List.of("admin@" + suffix + ".example")));
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("agent@helpline.example", "demo");
            browser.go("/workspace/calls");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Rozmowy");
            browser.waitFor(By.id("caller-number")).sendKeys(CallVerificationIntegrationTests.newCaller());
            browser.waitFor(By.id("tenant-query")).sendKeys(suffix);
            browser.waitFor(By.id("find")).click();
            browser.waitFor(By.cssSelector(".take-call")).click();

            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Rozmowa z " + tenant.name());
            assertThat(browser.text(By.id("registered"))).isEqualTo("Nie");
            assertThat(browser.driver().findElements(By.id("account"))).isEmpty();
            assertThat(browser.text(By.id("send-code-form")))
                    .contains("a***n@" + suffix + ".example")
                    .doesNotContain("admin@" + suffix);

            browser.waitFor(By.id("send-code")).click();
            assertThat(browser.text(By.id("code-sent"))).contains("a***n@" + suffix + ".example");
            var code = MailServers.codeMailedTo(tenant.emails().get(0).email(), 1);
            assertThat(browser.driver().getPageSource()).doesNotContain(code);

            var wrong = code.equals("99999999") ? "88888888" : "99999999";
            browser.waitFor(By.id("code")).sendKeys(wrong);
            browser.waitFor(By.id("confirm-code")).click();
            assertThat(browser.text(By.id("confirm-outcome"))).contains("Kod jest nieprawidłowy", "4");
            assertThat(browser.driver().findElements(By.id("account"))).isEmpty();

            browser.waitFor(By.id("code")).sendKeys(code);
            browser.waitFor(By.id("confirm-code")).click();
            browser.waitForTextContaining(By.id("confirm-outcome"), "Kod jest prawidłowy");
            assertThat(browser.text(By.id("account-name"))).isEqualTo(tenant.name());
            assertThat(browser.text(By.id("account-contract"))).isEqualTo("Zaawansowana umowa o usługi online");

            browser.waitFor(By.id("end-call")).click();
            assertThat(browser.text(By.id("call-status"))).isEqualTo("Rozmowa została zakończona.");
            assertThat(browser.driver().findElements(By.id("account"))).isEmpty();
        }
    }

    @Test
    void r9_theConsoleShowsTheCodesDeliveryChangeLiveWithoutAReload() throws Exception {
        var suffix = "l" + UUID.randomUUID().toString().substring(0, 8);
        var busyNumber = "+48 22 " + (100 + new java.util.Random().nextInt(900)) + " 0429";
        var tenant = tenancy.createTenant(
                "global",
                new NewTenant(
                        "Live " + suffix,
                        suffix + ".example",
                        "PL",
                        "Europe/Warsaw",
                        "pl",
                        Contract.STANDARD,
                        null,
                        List.of(busyNumber),
                        List.of("admin@" + suffix + ".example")));
        try (var browser = Browser.open(port, "pl")) {
            browser.signIn("agent@helpline.example", "demo");
            browser.go("/workspace/calls");
            browser.waitFor(By.id("caller-number")).sendKeys(CallVerificationIntegrationTests.newCaller());
            browser.waitFor(By.id("tenant-query")).sendKeys(suffix);
            browser.waitFor(By.id("find")).click();
            browser.waitFor(By.cssSelector(".take-call")).click();
            browser.waitFor(By.cssSelector("label[for='destination-1']")).click();
            browser.waitFor(By.id("send-code")).click();

            assertThat(browser.text(By.id("delivery-state")))
                    .isIn("Wysyłanie kodu…", "Ponowna próba: text gateway answered HTTP 503");
            assertThat(browser.driver().findElement(By.id("delivery")).getAttribute("aria-live"))
                    .isEqualTo("polite");
            browser.waitForTextContaining(By.id("delivery-state"), "Przyjęty przez bramkę SMS o ");
            assertThat(browser.driver().findElement(By.id("delivery-state")).getAttribute("class"))
                    .contains("alert-success");
            assertThat(browser.text(By.id("code-sent")))
                    .as("the page was not reloaded")
                    .contains("+48");
        }
    }
}
