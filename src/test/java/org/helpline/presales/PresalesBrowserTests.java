package org.helpline.presales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The presales page in a real browser, as a prospect without an account finds and fills it. */
@HelplineIntegrationTest
class PresalesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void r14_prospectFindsThePageFromSignInAndAsksInPolish() throws Exception {
        var email = "prospect-" + UUID.randomUUID() + "@tailspin.example";
        try (var browser = Browser.open(port, "pl")) {
            browser.go("/login");
            browser.waitFor(By.id("presales-link")).click();
            browser.waitForText(By.tagName("h1"), "Porozmawiaj z działem sprzedaży");

            browser.waitFor(By.id("name")).sendKeys("Anna Nowak");
            browser.waitFor(By.id("company")).sendKeys("Tailspin Toys");
            browser.waitFor(By.id("email")).sendKeys(email);
            browser.waitFor(By.id("phone")).sendKeys("22 123 45 67");
            new Select(browser.waitFor(By.id("country"))).selectByValue("PL");
            new Select(browser.waitFor(By.id("topic"))).selectByValue("plan-comparison");
            browser.waitFor(By.id("question")).sendKeys("Czym różnią się plany dla 40 osób?");
            assertThat(browser.driver().findElement(By.id("website")).isDisplayed())
                    .as("the honeypot is out of sight")
                    .isFalse();
            browser.waitFor(By.id("presales-send")).click();

            browser.waitForText(By.tagName("h1"), "Dziękujemy za pytanie");
            assertThat(browser.path()).isEqualTo("/presales");
            var reference = browser.text(By.id("presales-reference"));
            assertThat(browser.text(By.id("presales-sent"))).contains("Potwierdzenie wysłaliśmy na adres " + email);
            assertThat(jdbc.sql("select contact_language || ' ' || category || ' ' || channel from service_request"
                                    + " where number = :number and contact_email = :email")
                            .param("number", reference)
                            .param("email", email)
                            .query(String.class)
                            .single())
                    .isEqualTo("pl PRESALES PORTAL");
        }
    }

    @Test
    void r14_aBadAddressIsShownNextToItsFieldInTheReadersLanguage() throws Exception {
        try (var browser = Browser.open(port, "en")) {
            browser.go("/presales");
            browser.waitFor(By.id("name")).sendKeys("Ann Smith");
            browser.waitFor(By.id("company")).sendKeys("Tailspin Toys");
            browser.waitFor(By.id("email")).sendKeys("ann.smith@tailspin");
            new Select(browser.waitFor(By.id("country"))).selectByValue("GB");
            new Select(browser.waitFor(By.id("topic"))).selectByValue("trial");
            browser.waitFor(By.id("presales-send")).click();

            browser.waitFor(By.id("presales-errors"));
            assertThat(browser.text(By.id("presales-errors")))
                    .contains("E-mail: enter a valid e-mail address", "Your question: write your question");
            assertThat(browser.waitFor(By.id("email")).getAttribute("class")).contains("is-invalid");
            assertThat(browser.waitFor(By.id("company")).getAttribute("value")).isEqualTo("Tailspin Toys");
        }
    }
}
