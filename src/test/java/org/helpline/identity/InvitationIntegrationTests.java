package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.ApiClient;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The invitation as the invited person has it: the e-mail in their language with a one-time link,
 * the page that sets their password, and a link that works once and for 72 hours only.
 */
class InvitationIntegrationTests {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<]+/invitations/([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "invited-person-1";

    private final int port = MailApplication.port();
    private final JdbcClient jdbc = MailApplication.bean(JdbcClient.class);
    private final TenantManagement tenancy = MailApplication.bean(TenantManagement.class);

    @Test
    void theInvitedPersonSetsTheirPasswordOnceAndSignsIn() throws Exception {
        var email = invite("pl");
        var mail = awaitMail(email);
        assertThat(mail.getSubject()).startsWith("Zaproszenie do Helpline dla Contoso");
        var html = MailServers.html(mail);
        assertThat(html).contains("72 godziny");
        var link = "/invitations/" + token(html);
        assertThat(ApiClient.as(port, email, PASSWORD).get("/api/v1/me").status())
                .isEqualTo(401);

        var browser = FormSession.on(port);
        var page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(email).contains("value=\"Invited Person\"");
        var mismatch = browser.post(link, link, form("Ina Invited", PASSWORD, "something-else-1"));
        assertThat(mismatch.statusCode()).isEqualTo(200);
        assertThat(mismatch.body()).contains("The two passwords differ.");
        var tooShort = browser.post(link, link, form("Ina Invited", "short", "short"));
        assertThat(tooShort.body()).contains("Password: enter at least 8 characters.");
        assertThat(ApiClient.as(port, email, PASSWORD).get("/api/v1/me").status())
                .isEqualTo(401);

        var done = browser.post(link, link, form("Ina Invited", PASSWORD, PASSWORD));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"invitation-done\"");
        assertThat(browser.reads("/support")).isFalse();
        var me = ApiClient.as(port, email, PASSWORD).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("name").asString()).isEqualTo("Ina Invited");
        var again = FormSession.on(port).get(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("This invitation no longer works");
        var replayed = FormSession.on(port).post(link, link, form("Mallory", "mallory-pass-1", "mallory-pass-1"));
        assertThat(replayed.statusCode()).isEqualTo(410);
        assertThat(ApiClient.as(port, email, "mallory-pass-1").get("/api/v1/me").status())
                .isEqualTo(401);
        assertThat(mailsWithSecrets(email))
                .as("the link is erased once delivered")
                .isZero();
    }

    @Test
    void anExpiredOrUnknownLinkGetsAClearPage() throws Exception {
        var email = invite("zh-CN");
        var mail = awaitMail(email);
        assertThat(MailServers.html(mail)).contains("72 小时");
        var link = "/invitations/" + token(MailServers.html(mail));

        MailServers.CLOCK.advance(Duration.ofHours(72).plusSeconds(1));

        var expired = FormSession.on(port).get(link);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This invitation no longer works");
        var unknown = FormSession.on(port).get("/invitations/" + "x".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No such invitation");
        assertThat(FormSession.on(port).get("/invitations/%20").statusCode()).isIn(400, 404);
    }

    @Test
    void aRunOutInvitationIsSentAgainAndOnlyTheNewLinkWorks() throws Exception {
        var email = invite("en");
        var first = "/invitations/" + token(MailServers.html(awaitMail(email)));
        MailServers.CLOCK.advance(Duration.ofHours(72).plusSeconds(1));
        var admin = ApiClient.as(port, "admin@contoso.example");
        var person = personListed(admin, email);
        assertThat(person.get("invited").asBoolean()).isFalse();
        assertThat(person.get("invitationExpired").asBoolean()).isTrue();
        var again =
                "/api/v1/tenants/" + contoso() + "/users/" + person.get("id").asString() + "/invitation";
        assertThat(ApiClient.as(port, "admin@fabrikam.example")
                        .post(again, "{}")
                        .status())
                .as("another tenant's admin")
                .isIn(403, 404);

        var resent = admin.post(again, "{}");

        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat(resent.json().get("invited").asBoolean()).isTrue();
        assertThat(resent.json().get("invitationExpired").asBoolean()).isFalse();
        var mails = await("the second invitation")
                .atMost(Duration.ofSeconds(10))
                .until(() -> MailServers.mailsTo(email), all -> all.size() == 2);
        var second = "/invitations/" + token(MailServers.html(mails.get(1)));
        assertThat(second).isNotEqualTo(first);
        assertThat(FormSession.on(port).get(first).statusCode()).isEqualTo(410);
        var done = FormSession.on(port).post(second, second, form("Ina Again", PASSWORD, PASSWORD));
        assertThat(done.body()).contains("id=\"invitation-done\"");
        var afterAccepting = admin.post(again, "{}");
        assertThat(afterAccepting.status()).isEqualTo(409);
        assertThat(afterAccepting.body()).contains("invitation-accepted");
        assertThat(MailServers.mailsTo(email)).hasSize(2);
    }

    private UUID contoso() {
        return tenancy.tenants("global", "contoso", 0, 1).get(0).id();
    }

    private JsonNode personListed(ApiClient admin, String email) {
        var listed = admin.get("/api/v1/tenants/" + contoso() + "/users");
        assertThat(listed.status()).isEqualTo(200);
        for (var person : listed.json()) {
            if (person.get("email").asString().equals(email)) {
                return person;
            }
        }
        throw new AssertionError(email + " is not listed: " + listed.body());
    }

    private String invite(String language) {
        var contoso = tenancy.tenants("global", "contoso", 0, 1).get(0).id();
        var email = "invited-" + UUID.randomUUID() + "@contoso.example";
        var body = new LinkedHashMap<String, Object>();
        body.put("email", email);
        body.put("displayName", "Invited Person");
        body.put("roles", List.of("USER"));
        body.put("language", language);
        var invited = ApiClient.as(port, "admin@contoso.example")
                .post("/api/v1/tenants/" + contoso + "/users", ApiClient.json(body));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        return email;
    }

    private static jakarta.mail.internet.MimeMessage awaitMail(String email) {
        return await("the invitation to " + email)
                .atMost(Duration.ofSeconds(10))
                .until(() -> MailServers.mailsTo(email), mails -> !mails.isEmpty())
                .get(0);
    }

    private static String token(String html) {
        var matcher = LINK.matcher(html);
        assertThat(matcher.find()).as("a link in " + html).isTrue();
        return matcher.group(1);
    }

    private long mailsWithSecrets(String email) {
        return jdbc.sql("select count(*) from notify_message where recipient = :to and secret_payload is not null")
                .param("to", email)
                .query(Long.class)
                .single();
    }

    private static Map<String, String> form(String name, String password, String repeat) {
        return Map.of("name", name, "password", password, "repeatPassword", repeat);
    }
}
