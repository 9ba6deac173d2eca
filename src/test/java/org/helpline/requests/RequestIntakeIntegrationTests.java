package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.requests.NewRequests.contactOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Intake over the API: who may file what, severities, routing, numbers, idempotency. */
@HelplineIntegrationTest
class RequestIntakeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    TenantManagement tenants;

    @Autowired
    PasswordEncoder passwords;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void r5_aTenantAdminFilesARequestAndGetsNumberStatusSeverityAndFirstResponseDue() {
        var before = Instant.now();
        var response = RequestApi.as(port, "admin@contoso.example")
                .post("/api/v1/requests", NewRequests.technical("Mail delayed " + token));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var request = response.json();
        assertThat(request.get("id").asString()).isNotBlank();
        assertThat(request.get("number").asString()).matches("GL-\\d{4}-\\d{6}");
        assertThat(request.get("status").asString()).isEqualTo("NEW");
        assertThat(request.get("severity").asString()).isEqualTo("B");
        assertThat(request.get("handledBy").asString()).isEqualTo("PROVIDER");
        assertThat(request.get("channel").asString()).isEqualTo("API");
        assertThat(request.get("contact").get("phone").asString()).isEqualTo("+48221234567");
        assertThat(request.get("relatedIssues").isArray()).isTrue();
        var due = Instant.parse(request.get("sla").get("firstResponseDue").asString());
        assertThat(due).isAfter(before);
        assertThat(request.get("descriptionHtml").asString()).contains("<strong>external</strong>");
    }

    @Test
    void r1_aUserWhoIsNotAnAdminIsToldSoWithTheHints() {
        var response = RequestApi.as(port, "user@contoso.example")
                .post("/api/v1/requests", NewRequests.technical("User " + token));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).endsWith("/assisted-support-for-admins-only");
        assertThat(response.body()).contains("admin@contoso.example", "selfHelp");
        assertThat(stored()).isZero();
    }

    @Test
    void r1_staffAndPartnerAgentsDoNotFileThroughTheCustomerIntake() {
        for (var login :
                new String[] {"agent@helpline.example", "partner@litware.example", "orgadmin@helpline.example"}) {
            var response = RequestApi.as(port, login).post("/api/v1/requests", NewRequests.technical("Staff " + token));
            assertThat(response.status()).as(login).isEqualTo(403);
        }
        assertThat(stored()).isZero();
    }

    @Test
    void r2_aBillingAdminFilesBillingRequestsOnly() {
        var billing = RequestApi.as(port, "billing@contoso.example");

        var technical = billing.post("/api/v1/requests", NewRequests.technical("Billing tech " + token));
        assertThat(technical.status()).isEqualTo(403);
        assertThat(technical.json().get("type").asString()).endsWith("/category-not-allowed");
        assertThat(technical.json().get("rule").asString()).isEqualTo("R-2");

        assertThat(billing.post("/api/v1/requests", NewRequests.billing("Invoice " + token))
                        .status())
                .isEqualTo(201);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void r2_serviceSupportAndHelpdeskAdminsFileTechnicalButNotBillingRequests() {
        for (var role : new Role[] {Role.SERVICE_SUPPORT_ADMIN, Role.HELPDESK_ADMIN}) {
            var login = role.name().toLowerCase().replace('_', '-') + "-" + token + "@contoso.example";
            var contoso =
                    tenants.tenants("global", "contoso.example", 0, 1).get(0).id();
            users.createWithHash(
                    "global",
                    new NewUser(login, "Admin " + role, "unused", contoso, null, Set.of(role), "en"),
                    passwords.encode("demo"));
            var admin = RequestApi.as(port, login);

            assertThat(admin.post("/api/v1/requests", NewRequests.technical(role + " tech " + token))
                            .status())
                    .as(role.name())
                    .isEqualTo(201);
            var refused = admin.post("/api/v1/requests", NewRequests.billing(role + " bill " + token));
            assertThat(refused.status()).as(role.name()).isEqualTo(403);
            assertThat(refused.json().get("rule").asString()).isEqualTo("R-2");
        }
    }

    @Test
    void r20_severityANeedsAnAdvancedContract() {
        var body = NewRequests.technical("Contoso A " + token);
        body.put("severity", "A");
        contactOf(body).put("available24x7", true);

        var response = RequestApi.as(port, "admin@contoso.example").post("/api/v1/requests", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).endsWith("/severity-not-allowed");
        assertThat(response.json().get("rule").asString()).isEqualTo("R-20");
        assertThat(response.json().get("detail").asString()).contains("R-20");
        assertThat(stored()).isZero();
    }

    @Test
    void r20_billingRequestsAreAtMostSeverityBEvenOnAnAdvancedContract() {
        var body = NewRequests.billing("Fabrikam billing A " + token);
        body.put("severity", "A");
        body.put("contact", NewRequests.contact("+1 212 555 0100", "admin@fabrikam.example", true));

        var response = RequestApi.as(port, "admin@fabrikam.example").post("/api/v1/requests", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("rule").asString()).isEqualTo("R-20");
        assertThat(stored()).isZero();
    }

    @Test
    void r16_r17_anAdvancedTenantFilesSeverityAWithAFirstResponseDueWithinTheHour() {
        var response = RequestApi.as(port, "admin@fabrikam.example")
                .post("/api/v1/requests", NewRequests.critical("Mail down " + token));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var request = response.json();
        assertThat(request.get("severity").asString()).isEqualTo("A");
        var received = Instant.parse(request.get("receivedAt").asString());
        var due = Instant.parse(request.get("sla").get("firstResponseDue").asString());
        assertThat(Duration.between(received, due))
                .isLessThanOrEqualTo(Duration.ofHours(1))
                .isPositive();
    }

    @Test
    void r18_severityANeedsPeopleAvailable24x7AndAPhone() {
        var api = RequestApi.as(port, "admin@fabrikam.example");
        var notAvailable = NewRequests.critical("No 24x7 " + token);
        contactOf(notAvailable).put("available24x7", false);
        var noPhone = NewRequests.critical("No phone " + token);
        contactOf(noPhone).remove("phone");

        var first = api.post("/api/v1/requests", notAvailable);
        var second = api.post("/api/v1/requests", noPhone);

        assertThat(first.status()).isEqualTo(422);
        assertThat(first.json().get("rule").asString()).isEqualTo("R-18");
        assertThat(first.json().get("errors").get(0).get("field").asString()).isEqualTo("contact.available24x7");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("contact.phone");
        assertThat(stored()).isZero();
    }

    @Test
    void r18_severityANeedsTheBusinessImpactStatedByTheAdminAndStoresIt() {
        var api = RequestApi.as(port, "admin@fabrikam.example");
        var silent = NewRequests.critical("No impact " + token);
        silent.remove("businessImpact");
        var stated = NewRequests.critical("Impact " + token);
        stated.put("businessImpact", "Sales cannot quote: 40 orders a day are at risk " + token);

        var refused = api.post("/api/v1/requests", silent);
        var filed = api.file(stated);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asString()).isEqualTo("R-18");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("businessImpact");
        assertThat(filed.get("businessImpact").asString()).endsWith(token);
        assertThat(jdbc.sql("select business_impact from service_request where id = :id")
                        .param("id", UUID.fromString(filed.get("id").asString()))
                        .query(String.class)
                        .single())
                .isEqualTo("Sales cannot quote: 40 orders a day are at risk " + token);
        assertThat(jdbc.sql("select count(*) from service_request where title = :title")
                        .param("title", "No impact " + token)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void r18_severityANeedsANamedContactAndStoresTheName() {
        var api = RequestApi.as(port, "admin@fabrikam.example");
        var unnamed = NewRequests.critical("Unnamed " + token);
        contactOf(unnamed).remove("name");
        var blank = NewRequests.critical("Blank name " + token);
        contactOf(blank).put("name", "  ");
        var named = NewRequests.critical("Named " + token);
        contactOf(named).put("name", " Frank Miller ");

        var refused = api.post("/api/v1/requests", unnamed);
        var refusedBlank = api.post("/api/v1/requests", blank);
        var filed = api.file(named);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).endsWith("/severity-a-duties");
        assertThat(refused.json().get("rule").asString()).isEqualTo("R-18");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("contact.name");
        assertThat(refusedBlank.status()).isEqualTo(422);
        assertThat(refusedBlank.json().get("errors").get(0).get("field").asString())
                .isEqualTo("contact.name");
        var id = filed.get("id").asString();
        assertThat(filed.get("contact").get("name").asString()).isEqualTo("Frank Miller");
        assertThat(api.read(id).get("contact").get("name").asString()).isEqualTo("Frank Miller");
        assertThat(contactName(id)).isEqualTo("Frank Miller");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void r18_severityBMayLeaveTheContactUnnamed() {
        var body = NewRequests.technical("Unnamed B " + token);

        var filed = RequestApi.as(port, "admin@contoso.example").file(body);

        assertThat(filed.get("severity").asString()).isEqualTo("B");
        assertThat(filed.get("contact").hasNonNull("name")).isFalse();
        assertThat(contactName(filed.get("id").asString())).isNull();
    }

    @Test
    void r6_aTenantWithAPartnerOfRecordMayRouteToThePartner() {
        var body = NewRequests.critical("To Litware " + token);
        body.put("routeTo", "PARTNER");

        var request = RequestApi.as(port, "admin@fabrikam.example").file(body);

        assertThat(request.get("handledBy").asString()).isEqualTo("PARTNER");
        assertThat(request.get("partner").get("name").asString()).isEqualTo("Litware");
        assertThat(request.get("sla").get("firstResponseDue").asString()).isNotBlank();
    }

    @Test
    void r6_aTenantWithoutAPartnerCannotRouteToOne() {
        var body = NewRequests.technical("No partner " + token);
        body.put("routeTo", "PARTNER");

        var response = RequestApi.as(port, "admin@contoso.example").post("/api/v1/requests", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("routeTo");
        assertThat(stored()).isZero();
    }

    @Test
    void numbersAreUniqueAndIncreasePerSupportOrganisation() {
        var contoso = RequestApi.as(port, "admin@contoso.example");
        var first = contoso.file(NewRequests.technical("First " + token))
                .get("number")
                .asString();
        var second = contoso.file(NewRequests.technical("Second " + token))
                .get("number")
                .asString();
        var body = NewRequests.technical("Northwind " + token);
        body.put("contact", NewRequests.contact("+86 10 5555 0100", "admin@northwind.example", false));
        var northwind = RequestApi.as(port, "admin@northwind.example")
                .file(body)
                .get("number")
                .asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(Long.parseLong(second.substring(8))).isGreaterThan(Long.parseLong(first.substring(8)));
        assertThat(northwind).matches("CN-\\d{4}-\\d{6}");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstRequestAndFilesNothing() {
        var api = RequestApi.as(port, "admin@contoso.example");
        var key = Map.of("Idempotency-Key", "retry-" + token);
        var body = NewRequests.technical("Idempotent " + token);

        var first = api.post("/api/v1/requests", body, key);
        var retry = api.post("/api/v1/requests", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(retry.json().get("number").asString())
                .isEqualTo(first.json().get("number").asString());
        assertThat(retry.json().get("receivedAt").asString())
                .isEqualTo(first.json().get("receivedAt").asString());
        assertThat(stored()).isEqualTo(1);

        var billing = RequestApi.as(port, "billing@contoso.example")
                .post("/api/v1/requests", NewRequests.billing("Other user " + token), key);
        assertThat(billing.status()).as("the key is unique per user").isEqualTo(201);
    }

    @Test
    void markdownIsRenderedAndScriptsAreRemoved() {
        var body = NewRequests.technical("XSS " + token);
        body.put(
                "description",
                "Hello <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> *ok*");

        var html = RequestApi.as(port, "admin@contoso.example")
                .file(body)
                .get("descriptionHtml")
                .asString();

        assertThat(html).contains("<em>ok</em>", "&lt;script&gt;").doesNotContain("<script", "javascript:", "<img");
    }

    private String contactName(String requestId) {
        return jdbc.sql("select contact_name from service_request where id = :id")
                .param("id", UUID.fromString(requestId))
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long stored() {
        return jdbc.sql("select count(*) from service_request where title like :token")
                .param("token", "%" + token + "%")
                .query(Long.class)
                .single();
    }
}
