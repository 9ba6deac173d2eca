package org.helpline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.helpline.ApiClient;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Requests, staff users and waiting for alerts, for the alert tests. */
final class AlertFixtures {

    static final String PASSWORD = "long-password";

    private final int port;
    private final UserManagement users;
    private final JdbcClient jdbc;

    AlertFixtures(int port, UserManagement users, JdbcClient jdbc) {
        this.port = port;
        this.users = users;
        this.jdbc = jdbc;
    }

    record Staff(UUID id, String login) {

        ApiClient api(int port) {
            return ApiClient.as(port, login, PASSWORD);
        }
    }

    /** A new staff user of organisation {@code global}. */
    Staff staff(Role role, String language) {
        var login = role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@helpline.example";
        var account = users.create(
                "global", new NewUser(login, "Staff " + login, PASSWORD, null, null, Set.of(role), language));
        return new Staff(account.id(), login);
    }

    /** Fabrikam files a severity A technical request with the provider (first response within 60 minutes). */
    JsonNode fileCritical(String title) {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("name", "Frank Miller");
        contact.put("phone", "+1 212 555 0100");
        contact.put("email", "admin@fabrikam.example");
        contact.put("preferredMethod", "EMAIL");
        contact.put("language", "en");
        contact.put("available24x7", true);
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "TECHNICAL");
        body.put("serviceId", "mail");
        body.put("problemClassification", "mail-flow");
        body.put("title", title);
        body.put("description", "Mail to external domains is delayed.");
        body.put("severity", "A");
        body.put("businessImpact", "No one at Fabrikam can e-mail customers.");
        body.put("routeTo", "PROVIDER");
        body.put("contact", contact);
        var response = ApiClient.as(port, "admin@fabrikam.example").post("/api/v1/requests", ApiClient.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    void assign(JsonNode request, Staff agent) {
        var response = ApiClient.as(port, "agent@helpline.example")
                .post(
                        "/api/v1/requests/" + request.get("id").asString() + "/assign",
                        ApiClient.json(Map.of(
                                "assigneeId",
                                agent.id(),
                                "version",
                                request.get("version").asLong())));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    Instant receivedAt(UUID requestId) {
        return jdbc.sql("select received_at from sla_request where request_id = :id")
                .param("id", requestId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .single();
    }

    UUID clockId(UUID requestId, String kind) {
        return jdbc.sql("select id from sla_clock where request_id = :id and kind = :kind")
                .param("id", requestId)
                .param("kind", kind)
                .query(UUID.class)
                .single();
    }

    long alertRows(UUID userId, UUID requestId, String kind) {
        return jdbc.sql(
                        "select count(*) from sla_alert where user_id = :user and request_id = :request and kind = :kind")
                .param("user", userId)
                .param("request", requestId)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    long emails(String recipient, String subjectKey, String number) {
        return jdbc.sql("""
                select count(*) from notify_message
                where recipient = :to and subject_key = :subject and payload like :number
                """)
                .param("to", recipient)
                .param("subject", subjectKey)
                .param("number", "%\"" + number + "\"%")
                .query(Long.class)
                .single();
    }

    /** The payload and locale of the e-mail. */
    Map<String, String> email(String recipient, String subjectKey, String number) {
        return jdbc.sql("""
                select locale, payload from notify_message
                where recipient = :to and subject_key = :subject and payload like :number
                """)
                .param("to", recipient)
                .param("subject", subjectKey)
                .param("number", "%\"" + number + "\"%")
                .query((rs, n) -> Map.of("locale", rs.getString(1), "payload", rs.getString(2)))
                .single();
    }

    /** The user's alerts from the API once {@code condition} holds, failing after ten seconds. */
    static JsonNode awaitAlerts(ApiClient api, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            var response = api.get("/api/v1/alerts");
                            assertThat(response.status()).as(response.body()).isEqualTo(200);
                            return response.json();
                        },
                        condition);
    }

    static Predicate<JsonNode> has(UUID requestId, String kind) {
        return list -> find(list, requestId, kind) != null;
    }

    static JsonNode find(JsonNode list, UUID requestId, String kind) {
        for (var alert : list.get("alerts")) {
            if (alert.get("requestId").asString().equals(requestId.toString())
                    && alert.get("kind").asString().equals(kind)) {
                return alert;
            }
        }
        return null;
    }
}
