package org.helpline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.helpline.ApiClient;
import org.helpline.VisibleText;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The outbox of the provider's org admins: failed messages listed by status, sent again unless
 * their code was erased, counted on the admin home, and refused to everyone else.
 */
class OutboxAdminIntegrationTests {

    private static final String ADMIN = "orgadmin@helpline.example";
    private static final String TEXT = "phone/text/verification-code";

    private final int port = MailApplication.port();
    private final Outbox outbox = MailApplication.bean(Outbox.class);
    private final PlatformTransactionManager transactions = MailApplication.bean(PlatformTransactionManager.class);
    private final UserDetailsService users = MailApplication.bean(UserDetailsService.class);
    private final MockMvc pages = MockMvcBuilders.webAppContextSetup((WebApplicationContext) MailApplication.context())
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();

    @Test
    void aFailedTextIsListedAsFailedWithItsReasonAndIsPendingAgainWhenSentAgain() {
        var number = refusedNumber();
        var id = failedText(number, false);

        var failed = find(ApiClient.as(port, ADMIN).get("/api/v1/admin/outbox?status=FAILED&size=200"), id);
        assertThat(failed.get("channel").asString()).isEqualTo("TEXT");
        assertThat(failed.get("kind").asString()).isEqualTo("verification-code");
        assertThat(failed.get("recipient").asString()).isEqualTo(number);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("lastError").asString()).isEqualTo("text gateway answered HTTP 400");
        assertThat(failed.get("notResendable").isNull()).isTrue();
        assertThat(ApiClient.as(port, ADMIN)
                        .get("/api/v1/admin/outbox/counts")
                        .json()
                        .get("FAILED")
                        .asLong())
                .isPositive();

        var resent = ApiClient.as(port, ADMIN).post("/api/v1/admin/outbox/" + id + "/resend", "");

        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat(resent.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(resent.json().get("attempts").asInt()).isZero();
        var again = await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.status(id).orElseThrow(), s -> s.state() == DeliveryStatus.State.FAILED);
        assertThat(again.attempts()).isEqualTo(1);
    }

    @Test
    void aMessageWhoseCodeWasErasedCannotBeSentAgain() throws Exception {
        var id = failedText(refusedNumber(), true);

        var refused = ApiClient.as(port, ADMIN).post("/api/v1/admin/outbox/" + id + "/resend", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/message-not-resendable");
        assertThat(refused.json().get("reason").asString()).isEqualTo("SECRETS_ERASED");
        assertThat(refused.json().get("detail").asString()).contains("send a new code");
        assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(DeliveryStatus.State.FAILED);

        var page = page("/admin/outbox?status=FAILED", ADMIN);
        var row = element(page, "tr", "message-" + id);
        assertThat(VisibleText.of(row))
                .contains("Verification code", "Text message", "Failed", "HTTP 400", "Code erased: send a new code");
        assertThat(row).doesNotContain("class=\"btn btn-sm btn-outline-primary resend\"");
        assertThat(VisibleText.rawValuesIn(page)).isEmpty();

        var posted = pages.perform(
                        post("/admin/outbox/" + id + "/resend").with(as(ADMIN)).with(csrf()))
                .andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/admin/outbox?status=FAILED");
        assertThat(posted.getFlashMap().get("refused")).isEqualTo("SECRETS_ERASED");
    }

    @Test
    void thePageOffersToSendAFailedMessageAgainAndTheAdminHomeCountsByStatus() throws Exception {
        var id = failedText(refusedNumber(), false);

        var page = page("/admin/outbox?status=FAILED", ADMIN);
        assertThat(element(page, "tr", "message-" + id)).contains("resend").contains("Send again");
        assertThat(element(page, "a", "filter-failed")).contains("aria-current=\"page\"");

        var posted = pages.perform(
                        post("/admin/outbox/" + id + "/resend").with(as(ADMIN)).with(csrf()))
                .andReturn();
        assertThat(posted.getFlashMap().get("resent")).isEqualTo(true);

        var home = page("/admin/tenants", ADMIN);
        var failed = element(home, "a", "summary-failed");
        assertThat(failed).contains("href=\"/admin/outbox?status=FAILED\"");
        assertThat(VisibleText.of(failed)).matches("Failed \\(\\d+\\)");
        assertThat(VisibleText.of(element(home, "a", "summary-retrying"))).startsWith("Retrying (");
    }

    @Test
    void onlyTheOrgAdminsOfTheOrganisationThatRunsHelplineSeeTheOutbox() throws Exception {
        for (var login :
                new String[] {"orgadmin@operator.example", "partner@litware.example", "admin@contoso.example"}) {
            var api = ApiClient.as(port, login);
            assertThat(api.get("/api/v1/admin/outbox").status()).as(login).isEqualTo(403);
            assertThat(api.get("/api/v1/admin/outbox/counts").status())
                    .as(login)
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/admin/outbox/" + UUID.randomUUID() + "/resend", "")
                            .status())
                    .as(login)
                    .isEqualTo(403);
            assertThat(pages.perform(get("/admin/outbox").with(as(login)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(login)
                    .isEqualTo(403);
        }
        var operatorHome = pages.perform(get("/admin/tenants").with(as("orgadmin@operator.example")))
                .andReturn()
                .getResponse();
        assertThat(operatorHome.getStatus()).isEqualTo(200);
        assertThat(operatorHome.getContentAsString()).doesNotContain("outbox-summary");
        assertThat(ApiClient.as(port, ADMIN).get("/api/v1/admin/outbox").status())
                .isEqualTo(200);
    }

    private String page(String path, String login) throws Exception {
        var response = pages.perform(get(path).with(as(login))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The element {@code <tag ... id="id">...</tag>} of the page, without nesting of the same tag. */
    private static String element(String html, String tag, String id) {
        var matcher = java.util.regex.Pattern.compile(
                        "(?s)<" + tag + "\\b[^>]*\\bid=\"" + java.util.regex.Pattern.quote(id) + "\".*?</" + tag + ">")
                .matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No <" + tag + " id=" + id + "> on the page");
        }
        return matcher.group();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }

    /** A text to a number the test gateway refuses (HTTP 400), given up after one attempt. */
    private UUID failedText(String number, boolean withCode) {
        var id = new TransactionTemplate(transactions).execute(status -> {
            var message = OutgoingMessage.text(number, Locale.ENGLISH, TEXT)
                    .with("tenant", "Outbox")
                    .with("minutes", "10");
            return outbox.enqueue(withCode ? message.withSecret("code", "12345678") : message.with("code", "-"));
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.status(id).orElseThrow().state() == DeliveryStatus.State.FAILED);
        return id;
    }

    private static String refusedNumber() {
        return "+4860" + ThreadLocalRandom.current().nextInt(1000, 10000) + "0400";
    }

    private static JsonNode find(ApiClient.Response page, UUID id) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        for (var item : page.json().get("items")) {
            if (item.get("id").asString().equals(id.toString())) {
                return item;
            }
        }
        throw new AssertionError("Message " + id + " is not on the page: " + page.body());
    }
}
