package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockKind;
import org.helpline.sla.CustomerWaitExceeded;
import org.helpline.sla.SlaBreached;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** What requests do when the sla module's timers fire: breaches are marked, a silent customer's request is downgraded. */
@HelplineIntegrationTest
class RequestSlaEventsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aBreachIsNotedOnceAuditedAndShownInTheQueue() {
        var admin = RequestApi.as(port, "admin@fabrikam.example");
        var created = admin.file(NewRequests.critical("Breach " + token));
        var id = UUID.fromString(created.get("id").asString());
        // as if the first hour passed and sla's timer marked the clock breached, then told of it
        var due = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        jdbc.sql("""
                update sla_clock set state = 'BREACHED', due_at = :due, breached_at = :due
                where request_id = :id and kind = 'FIRST_RESPONSE'""").param("due", java.sql.Timestamp.from(due)).param("id", id).update();
        jdbc.sql("update service_request set queue_due_at = :due, queue_risk_at = :due where id = :id")
                .param("due", java.sql.Timestamp.from(due))
                .param("id", id)
                .update();
        var breach = new SlaBreached(id, null, "global", ClockKind.FIRST_RESPONSE, due, Instant.now());

        publish(breach);
        publish(breach);

        var breached = await(
                admin,
                id.toString(),
                request -> request.get("sla").get("breached").asBoolean());
        assertThat(breached.get("history").toString()).contains("SLA_BREACHED");
        assertThat(historyCount(id, "SLA_BREACHED"))
                .as("a redelivered event is handled once")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'request.sla-breached' and target = :n")
                        .param("n", created.get("number").asString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var queue = RequestApi.as(port, "agent@helpline.example")
                .get("/api/v1/queue?breached=true&size=200")
                .json();
        assertThat(queue.toString()).contains(id.toString());
    }

    @Test
    void r19_aCustomerWhoDoesNotAnswerInTimeGetsTheRequestDowngradedAndIsToldInTheThread() {
        var admin = RequestApi.as(port, "admin@fabrikam.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var created = admin.file(NewRequests.critical("Silent " + token));
        var id = created.get("id").asString();
        agent.post("/api/v1/requests/" + id + "/messages", java.util.Map.of("body", "Need logs", "version", 0));
        agent.post("/api/v1/requests/" + id + "/status", java.util.Map.of("status", "AWAITING_CUSTOMER", "version", 1));

        publish(new CustomerWaitExceeded(UUID.fromString(id), null, "global", Severity.A, Severity.B, Instant.now()));

        var downgraded =
                await(admin, id, request -> request.get("severity").asString().equals("B"));
        var messages = downgraded.get("messages");
        var notice = messages.get(messages.size() - 1);
        assertThat(notice.get("authorSide").asString()).isEqualTo("SYSTEM");
        assertThat(notice.get("bodyHtml").asString()).contains("from A to B");
        assertThat(downgraded.get("history").toString()).contains("DOWNGRADED");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'request.downgraded' and target = :n")
                        .param("n", created.get("number").asString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private long historyCount(UUID id, String kind) {
        return jdbc.sql("select count(*) from request_history where request_id = :id and kind = :kind")
                .param("id", id)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private static JsonNode await(RequestApi api, String id, Predicate<JsonNode> condition) {
        return Awaitility.await("the request changes")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> api.read(id), condition);
    }
}
