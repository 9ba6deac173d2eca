package org.helpline.localmail;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.web.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * With the local mail server off (as the build runs every other test) there is no mailbox: the API
 * answers 404 with a problem detail, the page is the 404 page, nobody is offered it, and the text
 * gateway is notify's own.
 */
@HelplineIntegrationTest
class MailboxOffIntegrationTests {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void theApiAndThePageAreNotFoundAndNotOffered() {
        assertThat(environment.getProperty("helpline.mail.local.enabled")).isEqualTo("false");
        assertThat(context.containsBean("localMailServer")).isFalse();

        var api = ApiClient.as(port, "agent@helpline.example").get("/api/v1/mailbox/messages?to=x@contoso.example");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("type").asString()).endsWith("/not-found");

        var page = PageSession.signIn(port, "agent@helpline.example").get("/mailbox", BROWSER, "en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"site-nav\"").doesNotContain("href=\"/mailbox\"");
    }

    @Test
    void theTextGatewayIsNotifysOwn() {
        assertThat(context.getBean(org.helpline.notify.TextMessageGateway.class)
                        .getClass()
                        .getPackageName())
                .isEqualTo("org.helpline.notify.internal");
    }
}
