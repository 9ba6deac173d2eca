package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.mail.MailPreferences;
import org.helpline.mail.RequestMailKind;
import org.helpline.shared.HelplineUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Intake keeps what it reads on every request in shared caches (platform's SharedCache); a change
 * made through the application is seen by the very next request filed on the same node.
 */
@HelplineIntegrationTest
class IntakeCachesIntegrationTests {

    private static final String CN_ORG_ADMIN = "orgadmin@operator.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailPreferences preferences;

    @Autowired
    UserDetailsService users;

    @Test
    void aPolicyChangeAppliesToTheNextRequestFiled() {
        var orgAdmin = ApiClient.as(port, CN_ORG_ADMIN);
        var before = policy(orgAdmin, "TECHNICAL", "C");
        assertThat(firstResponseTarget(file("admin@northwind.example", "C"))).isNotEqualTo(Duration.ofMinutes(7));
        try {
            var changed = orgAdmin.put(
                    "/api/v1/sla/policies/TECHNICAL/C",
                    ApiClient.json(Map.of(
                            "firstResponse",
                            Map.of("amount", 7, "unit", "MINUTES"),
                            "calendarId",
                            "24x7",
                            "version",
                            before.get("version").asLong())));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);

            assertThat(firstResponseTarget(file("admin@northwind.example", "C")))
                    .isEqualTo(Duration.ofMinutes(7));
        } finally {
            var restored = new LinkedHashMap<String, Object>();
            restored.put(
                    "firstResponse",
                    Map.of(
                            "amount", before.get("firstResponse").get("amount").asInt(),
                            "unit", before.get("firstResponse").get("unit").asString()));
            restored.put("calendarId", before.get("calendarId").asString());
            restored.put(
                    "version", policy(orgAdmin, "TECHNICAL", "C").get("version").asLong());
            assertThat(orgAdmin.put("/api/v1/sla/policies/TECHNICAL/C", ApiClient.json(restored))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void anAdminWhoTurnsFiledMailsOffGetsNoneForTheNextRequest() {
        var admin = (HelplineUser) users.loadUserByUsername("admin@contoso.example");
        assertThat(recipients(file("user-" + UUID.randomUUID() + "@contoso.example", "B", "admin@contoso.example")))
                .contains("admin@contoso.example", "billing@contoso.example");
        try {
            preferences.choose(admin, EnumSet.complementOf(EnumSet.of(RequestMailKind.FILED)));

            assertThat(recipients(file("user-" + UUID.randomUUID() + "@contoso.example", "B", "admin@contoso.example")))
                    .contains("billing@contoso.example")
                    .doesNotContain("admin@contoso.example");
        } finally {
            preferences.choose(admin, EnumSet.allOf(RequestMailKind.class));
        }
    }

    private String file(String login, String severity) {
        return file("contact-" + UUID.randomUUID() + "@example.com", severity, login);
    }

    /** Files a technical request as {@code login}; answers its number. */
    private String file(String contactEmail, String severity, String login) {
        var body = NewRequests.technical("Reference cache " + UUID.randomUUID());
        body.put("severity", severity);
        body.put("contact", NewRequests.contact("+86 10 5555 0100", contactEmail, false));
        var filed = ApiClient.as(port, login).post("/api/v1/requests", ApiClient.json(body));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("number").asString();
    }

    private Duration firstResponseTarget(String number) {
        return jdbc.sql("""
                        select r.received_at, c.due_at from service_request r
                        join sla_clock c on c.request_id = r.id and c.kind = 'FIRST_RESPONSE'
                        where r.number = :number""")
                .param("number", number)
                .query((row, n) -> Duration.between(
                        row.getObject("received_at", OffsetDateTime.class),
                        row.getObject("due_at", OffsetDateTime.class)))
                .single();
    }

    private List<String> recipients(String number) {
        return jdbc.sql("select recipient from notify_message where payload like :number")
                .param("number", "%\"" + number + "\"%")
                .query(String.class)
                .list();
    }

    private static tools.jackson.databind.JsonNode policy(ApiClient client, String category, String severity) {
        for (var policy : client.get("/api/v1/sla/policies").json()) {
            if (policy.get("category").asString().equals(category)
                    && policy.get("severity").asString().equals(severity)) {
                return policy;
            }
        }
        throw new AssertionError("no policy " + category + " " + severity);
    }
}
