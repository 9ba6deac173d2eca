package org.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Contact me" by phone: filing a request with the phone preferred puts it in the callback queue. */
@HelplineIntegrationTest
class CallbackFromRequestIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void r5_aRequestPreferringThePhoneJoinsTheCallbackQueueAndOneByEmailDoesNot() {
        var byPhone = file("PHONE");
        var byEmail = file("EMAIL");

        await().atMost(Duration.ofSeconds(10)).until(() -> callbacks(byPhone) > 0);
        assertThat(callbacks(byPhone)).isEqualTo(1);
        assertThat(callbacks(byEmail)).isZero();
        assertThat(callbackPublications(byPhone)).isEqualTo(1);
        assertThat(callbackPublications(byEmail)).isZero();
    }

    private long callbackPublications(UUID requestId) {
        return jdbc.sql("""
                select count(*) from event_publication
                where listener_id like '%CallbackOnRequestOpened%' and serialized_event like :id
                """)
                .param("id", "%" + requestId + "%")
                .query(Long.class)
                .single();
    }

    private UUID file(String method) {
        var contact = new LinkedHashMap<String, Object>(Map.of(
                "phone",
                "+48 22 123 45 67",
                "email",
                "admin@contoso.example",
                "preferredMethod",
                method,
                "language",
                "pl",
                "available24x7",
                false));
        var body = new LinkedHashMap<String, Object>(Map.of(
                "category",
                "TECHNICAL",
                "serviceId",
                "mail",
                "problemClassification",
                "mail-flow",
                "title",
                "Callback " + method + " " + UUID.randomUUID(),
                "description",
                "Mail is delayed.",
                "severity",
                "B",
                "routeTo",
                "PROVIDER"));
        body.put("contact", contact);
        var response = ApiClient.as(port, "admin@contoso.example").post("/api/v1/requests", ApiClient.json(body));
        assertThat(response.status()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    private long callbacks(UUID requestId) {
        return jdbc.sql("select count(*) from contact_callback where request_id = :id")
                .param("id", requestId)
                .query(Long.class)
                .single();
    }
}
