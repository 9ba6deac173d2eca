package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.helpline.Browser;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A passkey in Chromium, with a virtual authenticator standing in for the device: added on the
 * account page, then asked for after the password at the next sign-in, and used to get in.
 */
@HelplineIntegrationTest
class PasskeyBrowserTests {

    private static final String PASSWORD = "passkey-user-1";

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgentAddsAPasskeyAndConfirmsTheNextSignInWithIt() throws Exception {
        var login = "passkey-" + UUID.randomUUID() + "@helpline.example";
        users.create("global", new NewUser(login, "Passkey agent", PASSWORD, null, null, Set.of(Role.AGENT), null));
        try (var browser = Browser.open(port, "en")) {
            var authenticator = ((HasVirtualAuthenticator) browser.driver())
                    .addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                            .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                            .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                            .setHasResidentKey(true)
                            .setHasUserVerification(true)
                            .setIsUserVerified(true));
            browser.signIn(login, PASSWORD);
            browser.go("/account");
            browser.waitFor(By.id("passkey-label")).sendKeys("Work laptop");
            browser.driver().findElement(By.id("add-passkey")).click();
            browser.waitFor(By.id("passkey-added"));
            assertThat(browser.text(By.id("passkeys"))).contains("Work laptop");
            assertThat(authenticator.getCredentials()).hasSize(1);
            assertThat(auditActions(login)).contains("user.second-factor-enrolled");

            browser.signOut();
            browser.signIn(login, PASSWORD);
            assertThat(browser.path()).isEqualTo("/login/second-factor");
            browser.go("/workspace");
            assertThat(browser.path()).as("nothing else is reachable yet").isEqualTo("/login/second-factor");
            browser.waitFor(By.id("use-passkey")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login/second-factor")));
            browser.go("/account");
            assertThat(browser.path()).isEqualTo("/account");
            assertThat(browser.console()).noneMatch(line -> line.startsWith("SEVERE"));

            browser.driver()
                    .findElement(By.cssSelector("#passkeys form button"))
                    .click();
            browser.waitFor(By.id("second-factor-removed"));
            assertThat(browser.driver().findElements(By.id("passkeys"))).isEmpty();
            assertThat(auditActions(login)).contains("user.second-factor-removed");
        }
    }

    private java.util.List<String> auditActions(String target) {
        return jdbc.sql("select action from audit_event where target = :target")
                .param("target", target)
                .query(String.class)
                .list();
    }
}
