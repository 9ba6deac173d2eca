package org.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.requests.NewRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code GET /api/v1/contact-options} and {@code GET /api/v1/contact/wait-time} as outside programs call them. */
@HelplineIntegrationTest
class ContactApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ContactFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEstimateShownIsTheOneStoredWithItsInputs() {
        fixtures.completedHistory(fixtures.contoso(), "en", 12);
        fixtures.availableStaffAgent(List.of("en"));

        var response =
                ApiClient.as(port, "admin@contoso.example").get("/api/v1/contact/wait-time?method=CALLBACK&lang=en");

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("available").asBoolean()).isTrue();
        assertThat(json.get("inputs").get("completedContacts").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(json.get("words").asString()).isNotBlank();
        var stored = jdbc.sql("""
                        select point_seconds, low_seconds, high_seconds, agents, queue_position
                        from contact_estimate where tenant_id = :tenant and id = :id
                        """)
                .param("tenant", fixtures.contoso())
                .param("id", UUID.fromString(json.get("estimateId").asString()))
                .query()
                .singleRow();
        assertThat(((Number) stored.get("low_seconds")).longValue())
                .isEqualTo(json.get("lowSeconds").asLong());
        assertThat(((Number) stored.get("high_seconds")).longValue())
                .isEqualTo(json.get("highSeconds").asLong());
        assertThat(((Number) stored.get("point_seconds")).doubleValue())
                .isEqualTo(json.get("expectedSeconds").asDouble());
        assertThat(((Number) stored.get("agents")).intValue())
                .isEqualTo(json.get("inputs").get("agents").asInt());
        assertThat(((Number) stored.get("queue_position")).intValue())
                .isEqualTo(json.get("inputs").get("position").asInt());
    }

    @Test
    void withoutHistoryThereIsHonestlyNoEstimate() {
        var response = ApiClient.as(port, "admin@northwind.example").get("/api/v1/contact/wait-time?method=PHONE");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("available").asBoolean()).isFalse();
        assertThat(response.json().get("noEstimateReason").asString())
                .isIn("NO_AGENTS", "TOO_FEW_COMPLETED_CONTACTS", "TOO_FEW_ARRIVALS");
        assertThat(response.json().get("expectedSeconds").isNull()).isTrue();
    }

    @Test
    void contactOptionsShowThePartnerFirstAndAWaitPerMethod() {
        var response = ApiClient.as(port, "admin@fabrikam.example").get("/api/v1/contact-options?category=TECHNICAL");

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("handledBy").get(0).get("kind").asString()).isEqualTo("PARTNER");
        assertThat(json.get("handledBy").get(0).get("name").asString()).isEqualTo("Litware");
        assertThat(json.get("handledBy").get(1).get("kind").asString()).isEqualTo("PROVIDER");
        assertThat(json.get("severities").toString()).contains("A");
        assertThat(json.get("categories").toString()).contains("TECHNICAL");
        assertThat(json.get("expectedWait").has("CALLBACK")).isTrue();
        assertThat(json.get("expectedWait").has("PHONE")).isTrue();
    }

    @Test
    void r2_contactOptionsListOnlyTheCategoriesThisAdminMayFile() {
        var billing = ApiClient.as(port, "billing@contoso.example");

        var asked = billing.get("/api/v1/contact-options?category=TECHNICAL");
        var filed = billing.post(
                "/api/v1/requests", ApiClient.json(NewRequests.technical("R-2 options " + UUID.randomUUID())));

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.json().get("categories").toString()).isEqualTo("[\"BILLING\"]");
        assertThat(asked.json().get("severities").isEmpty()).isTrue();
        assertThat(asked.json().get("supportHours").isNull()).isTrue();
        assertThat(filed.status())
                .as("intake refuses what the options leave out")
                .isEqualTo(403);
    }

    @Test
    void badInputIsA400NamingTheField() {
        var admin = ApiClient.as(port, "admin@contoso.example");

        assertField(admin.get("/api/v1/contact/wait-time?method=FAX"), "method");
        assertField(admin.get("/api/v1/contact/wait-time"), "method");
        assertField(admin.get("/api/v1/contact/wait-time?method=PHONE&lang=tlh"), "lang");
        assertField(admin.get("/api/v1/contact-options?category=GOSSIP"), "category");
        assertField(admin.get("/api/v1/contact-options"), "category");
    }

    @Test
    void r1_nonAdminsGetTheAdminsOnlyRefusal() {
        var user = ApiClient.as(port, "user@contoso.example");
        var agent = ApiClient.as(port, "agent@helpline.example");

        assertThat(user.get("/api/v1/contact/wait-time?method=PHONE").status()).isEqualTo(403);
        assertThat(user.get("/api/v1/contact-options?category=TECHNICAL").status())
                .isEqualTo(403);
        assertThat(agent.get("/api/v1/contact/wait-time?method=PHONE").status()).isEqualTo(403);
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"" + field + "\"");
    }
}
