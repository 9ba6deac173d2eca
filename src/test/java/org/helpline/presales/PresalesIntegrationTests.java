package org.helpline.presales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.helpline.ApiClient;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-14 end to end: prospects send inquiries to the running application (the one the mail tests
 * share, so confirmations are read back from GreenMail) without an account, each test from its
 * own client address and e-mail addresses.
 */
class PresalesIntegrationTests {

    private final PresalesClient client = new PresalesClient(MailApplication.port(), PresalesClient.newClientAddress());

    @Test
    void r14_prospectFilesAPresalesInquiryWithoutAnAccount() {
        var email = prospect();

        var answer = client.send(PresalesClient.inquiry(email, Map.of()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var reference = answer.json().get("reference").asString();
        assertThat(reference).matches("[A-Z]+-\\d{4}-\\d{6}");
        var request = request(reference);
        assertThat(request)
                .containsEntry("category", "PRESALES")
                .containsEntry("severity", "C")
                .containsEntry("classification_id", "pricing-licensing")
                .containsEntry("title", "Tailspin Toys: How are licences priced for 40 people?")
                .containsEntry("requester_name", "Anna Nowak")
                .containsEntry("contact_name", "Anna Nowak")
                .containsEntry("contact_email", email)
                .containsEntry("contact_phone", "+48221234567")
                .containsEntry("contact_language", "pl")
                .containsEntry("tenant_name", "Prospects")
                .containsEntry("organisation_id", "global");
        assertThat(request.get("tenant_id")).isEqualTo(prospectsTenant("global"));
        assertThat(jdbc().sql("select company, country from prospect where email = :email")
                        .param("email", email)
                        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
                        .single())
                .isEqualTo("Tailspin Toys PL");
        assertThat(ApiClient.as(MailApplication.port(), "agent@helpline.example")
                        .get("/api/v1/requests/" + request.get("id"))
                        .status())
                .as("the organisation's agents handle it")
                .isEqualTo(200);
        assertThat(jdbc().sql("""
                        select count(*) from audit_event
                         where action = 'presales.inquiry.received' and organisation_id = 'global'
                           and actor_login = :email and details like :reference
                        """)
                        .param("email", email)
                        .param("reference", "%" + reference + "%")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void r14_inquiryRunsUnderThePresalesSla() {
        var answer = client.send(PresalesClient.inquiry(prospect(), Map.of("organisation", "cn", "language", "zh-CN")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var request = request(answer.json().get("reference").asString());
        assertThat(request.get("tenant_id")).isEqualTo(prospectsTenant("cn"));
        var clock = jdbc().sql("""
                        select c.calendar_id, c.calendar_time, c.target_seconds, r.category, r.severity
                          from sla_clock c join sla_request r on r.request_id = c.request_id
                         where c.request_id = :id and c.kind = 'FIRST_RESPONSE'
                        """)
                .param("id", request.get("id"))
                .query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getLong(3) + " "
                        + rs.getString(4) + " " + rs.getString(5))
                .single();
        assertThat(clock)
                .as("cn's presales policy: C in 3 business days of the presales calendar (09:00-18:00)")
                .isEqualTo("presales false " + 3 * 9 * 3600 + " PRESALES C");
    }

    @Test
    void r14_prospectGetsAConfirmationEmail() throws Exception {
        var email = prospect();

        var reference = client.send(PresalesClient.inquiry(email, Map.of("language", "pl")))
                .json()
                .get("reference")
                .asString();

        var mail = Awaitility.await("confirmation to " + email)
                .atMost(Duration.ofSeconds(10))
                .until(() -> MailServers.mailsTo(email), mails -> !mails.isEmpty())
                .get(0);
        assertThat(mail.getSubject())
                .endsWith("Zgłoszenie Helpline zostało przyjęte")
                .contains(reference);
        assertThat(MailServers.html(mail))
                .contains("Przyjęliśmy zgłoszenie " + reference)
                .as("a prospect has no account to open the request with")
                .doesNotContain("/requests/");
    }

    @Test
    void r14_honeypotCreatesNothing() {
        var email = prospect();

        var answer = client.send(PresalesClient.inquiry(email, Map.of("website", "https://cheap-pills.example")));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("reference").isNull()).isTrue();
        assertThat(count("select count(*) from prospect where email = :email", email))
                .isZero();
        assertThat(count("select count(*) from service_request where contact_email = :email", email))
                .isZero();
    }

    @Test
    void r14_sameAddressIsRateLimited() {
        var email = prospect();
        for (int i = 0; i < 3; i++) {
            var other = new PresalesClient(MailApplication.port(), PresalesClient.newClientAddress());
            assertThat(other.send(PresalesClient.inquiry(email, Map.of())).status())
                    .isEqualTo(201);
        }

        var refused = client.send(PresalesClient.inquiry(email, Map.of()));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("type").asString()).endsWith("/too-many-inquiries");
        assertThat(refused.json().get("limit").asString()).isEqualTo("email");
        assertThat(Long.parseLong(refused.retryAfter())).isBetween(1L, 3600L);
        assertThat(count("select count(*) from presales_inquiry where email = :email", email))
                .isEqualTo(3);
    }

    @Test
    void r14_sameClientIsRateLimited() {
        for (int i = 0; i < 10; i++) {
            assertThat(client.send(PresalesClient.inquiry(prospect(), Map.of())).status())
                    .isEqualTo(201);
        }

        var refused = client.send(PresalesClient.inquiry(prospect(), Map.of()));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("limit").asString()).isEqualTo("client");
        assertThat(refused.retryAfter()).isNotNull();
    }

    @Test
    void r14_badEmailIsRefusedNamingTheField() {
        var email = "anna.nowak@" + UUID.randomUUID();

        var answer = client.send(PresalesClient.inquiry(email, Map.of()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("type").asString()).endsWith("/invalid-input");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(count("select count(*) from prospect where email = :email", email))
                .isZero();
    }

    @Test
    void r14_everyMissingOrUnknownFieldIsNamed() {
        var overrides = new HashMap<String, Object>();
        overrides.put("name", null);
        overrides.put("company", " ");
        overrides.put("country", "XX");
        overrides.put("topic", "renew");
        overrides.put("question", null);

        var answer = client.send(PresalesClient.inquiry(prospect(), overrides));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json()
                        .get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("name", "company", "country", "topic", "question");
    }

    @Test
    void r14_anUnknownOrganisationIsRefusedNamingTheField() {
        var answer = client.send(PresalesClient.inquiry(prospect(), Map.of("organisation", "nowhere")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("organisation");
    }

    @Test
    void r14_aRetryWithTheSameIdempotencyKeyFilesOnce() {
        var email = prospect();
        var key = UUID.randomUUID().toString();

        var first = client.send(PresalesClient.inquiry(email, Map.of()), key);
        var retry = client.send(PresalesClient.inquiry(email, Map.of()), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("reference").asString())
                .isEqualTo(first.json().get("reference").asString());
        assertThat(count("select count(*) from presales_inquiry where email = :email", email))
                .isOne();
    }

    @Test
    void r14_noTenantAdminSeesProspectRequests() {
        var reference = client.send(PresalesClient.inquiry(prospect(), Map.of()))
                .json()
                .get("reference")
                .asString();
        var id = request(reference).get("id");

        for (var admin : new String[] {"admin@contoso.example", "billing@contoso.example"}) {
            var api = ApiClient.as(MailApplication.port(), admin);
            assertThat(api.get("/api/v1/requests/" + id).status()).as(admin).isEqualTo(404);
            assertThat(api.get("/api/v1/requests?size=200").body()).as(admin).doesNotContain(reference);
        }
        assertThat(jdbc().sql("select count(*) from app_user where tenant_id = :tenant")
                        .param("tenant", prospectsTenant("global"))
                        .query(Long.class)
                        .single())
                .as("the prospects tenant has no users")
                .isZero();
    }

    private static String prospect() {
        return "prospect-" + UUID.randomUUID() + "@tailspin.example";
    }

    private static JdbcClient jdbc() {
        return MailApplication.bean(JdbcClient.class);
    }

    private static long count(String sql, String email) {
        return jdbc().sql(sql).param("email", email).query(Long.class).single();
    }

    private static Object prospectsTenant(String organisation) {
        return jdbc().sql("select tenant_id from presales_tenant where organisation_id = :organisation")
                .param("organisation", organisation)
                .query(UUID.class)
                .single();
    }

    private static Map<String, Object> request(String number) {
        return jdbc().sql("""
                        select r.id, r.tenant_id, r.tenant_name, r.organisation_id, r.category, r.severity,
                               r.classification_id, r.title, r.requester_name, r.contact_name, r.contact_email, r.contact_phone,
                               r.contact_language
                          from presales_inquiry i
                          join service_request r on r.tenant_id = i.tenant_id and r.id = i.request_id
                         where i.request_number = :number
                        """).param("number", number).query().singleRow();
    }
}
