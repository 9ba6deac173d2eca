package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.requests.NewRequests.contactOf;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input on every write endpoint: a 400 naming the field, and nothing stored or changed. */
@HelplineIntegrationTest
class RequestBadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("category", body -> body.remove("category")),
                bad("category", body -> body.put("category", "GOSSIP")),
                bad("serviceId", body -> body.put("serviceId", "teleporter")),
                bad("serviceId", body -> body.remove("serviceId")),
                bad("serviceId", body -> body.put("serviceId", "x".repeat(41))),
                bad("problemClassification", body -> body.remove("problemClassification")),
                bad("problemClassification", body -> body.put("problemClassification", "no-such-problem")),
                bad("problemClassification", body -> body.put("problemClassification", "site-permissions")),
                bad("problemClassification", body -> body.put("problemClassification", "explain-invoice")),
                bad("title", body -> body.remove("title")),
                bad("title", body -> body.put("title", "  ")),
                bad("title", body -> body.put("title", "x".repeat(201))),
                bad("description", body -> body.remove("description")),
                bad("description", body -> body.put("description", "x".repeat(20001))),
                bad("severity", body -> body.remove("severity")),
                bad("severity", body -> body.put("severity", "Z")),
                bad("severity", body -> body.put("severity", 3)),
                bad("routeTo", body -> body.put("routeTo", "NEIGHBOUR")),
                bad("contact", body -> body.remove("contact")),
                bad("contact", body -> body.put("contact", "call me")),
                bad("contact.email", body -> contactOf(body).remove("email")),
                bad("contact.email", body -> contactOf(body).put("email", "not an address")),
                bad("contact.phone", body -> contactOf(body).put("phone", "call me maybe")),
                bad("contact.phone", body -> contactOf(body).put("phone", "12")),
                bad("contact.phone", body -> contactOf(body).put("phone", "1".repeat(41))),
                bad("contact.phone", body -> {
                    contactOf(body).remove("phone");
                    contactOf(body).put("preferredMethod", "PHONE");
                }),
                bad("contact.preferredMethod", body -> contactOf(body).put("preferredMethod", "PIGEON")),
                bad("contact.language", body -> contactOf(body).put("language", "de")),
                bad("contact.available24x7", body -> contactOf(body).put("available24x7", "perhaps")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputToIntakeIsRefusedNamingTheFieldAndStoresNothing(String field, Consumer<Map<String, Object>> breaking) {
        var body = NewRequests.technical("Bad " + token);
        breaking.accept(body);

        var response = RequestApi.as(port, "admin@contoso.example").post("/api/v1/requests", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("\"" + field + "\"");
        assertThat(stored()).isZero();
    }

    @Test
    void anUnreadableBodyOrAnOverlongIdempotencyKeyIsA400() {
        var api = RequestApi.as(port, "admin@contoso.example");
        assertThat(api.post("/api/v1/requests", "{not json").status()).isEqualTo(400);
        var response = api.post(
                "/api/v1/requests", NewRequests.technical("Key " + token), Map.of("Idempotency-Key", "k".repeat(201)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Idempotency-Key");
        assertThat(stored()).isZero();
    }

    @Test
    void badInputToEveryChangeIsRefusedNamingTheFieldAndChangesNothing() {
        var admin = RequestApi.as(port, "admin@contoso.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var id = admin.file(NewRequests.technical("Changes " + token)).get("id").asString();
        var path = "/api/v1/requests/" + id;

        expect400(agent.post(path + "/messages", Map.of("version", 0)), "body");
        expect400(agent.post(path + "/messages", Map.of("body", "x".repeat(20001), "version", 0)), "body");
        expect400(
                agent.post(path + "/messages", Map.of("body", "hi", "internal", "sometimes", "version", 0)),
                "internal");
        expect400(agent.post(path + "/messages", Map.of("body", "hi", "kind", "SMOKE_SIGNAL", "version", 0)), "kind");
        expect400(agent.post(path + "/messages", Map.of("body", "hi")), "version");
        expect400(agent.post(path + "/messages", Map.of("body", "hi", "version", "latest")), "version");
        expect400(agent.post(path + "/status", Map.of("version", 0)), "status");
        expect400(agent.post(path + "/status", Map.of("status", "DONE", "version", 0)), "status");
        expect400(
                agent.post(path + "/status", Map.of("status", "IN_PROGRESS", "reason", "x".repeat(2001), "version", 0)),
                "reason");
        expect400(agent.post(path + "/severity", Map.of("severity", "C", "version", 0)), "reason");
        expect400(agent.post(path + "/severity", Map.of("severity", "C", "reason", " ", "version", 0)), "reason");
        expect400(agent.post(path + "/severity", Map.of("reason", "why", "version", 0)), "severity");
        expect400(agent.post(path + "/assign", Map.of("assigneeId", "nobody", "version", 0)), "assigneeId");
        expect400(
                agent.post(
                        path + "/assign", Map.of("assigneeId", UUID.randomUUID().toString(), "version", 0)),
                "assigneeId");
        expect400(agent.post(path + "/messages", Map.of("body", "hi"), Map.of("If-Match", "yesterday")), "If-Match");

        var after = admin.read(id);
        assertThat(after.get("version").asLong()).isZero();
        assertThat(after.get("status").asString()).isEqualTo("NEW");
        assertThat(after.get("messages").size()).isZero();
        assertThat(after.get("history").size()).isEqualTo(1);
    }

    @Test
    void badQueueAndListParametersAreA400() {
        var agent = RequestApi.as(port, "agent@helpline.example");
        expect400(agent.get("/api/v1/queue?size=201"), "size");
        expect400(agent.get("/api/v1/queue?size=0"), "size");
        expect400(agent.get("/api/v1/queue?after=garbage"), "after");
        expect400(agent.get("/api/v1/queue?assignee=everyone"), "assignee");
        expect400(agent.get("/api/v1/queue?severity=Q"), "severity");
        expect400(agent.get("/api/v1/requests?page=-1"), "page");
        expect400(agent.get("/api/v1/requests?size=500"), "size");
        expect400(agent.get("/api/v1/requests?status=SLEEPING"), "status");
        expect400(agent.get("/api/v1/requests/not-a-uuid"), "id");
    }

    private static void expect400(org.helpline.ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").toString()).as(response.body()).contains("\"" + field + "\"");
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> breaking) {
        return Arguments.of(field, breaking);
    }

    private long stored() {
        return jdbc.sql("select count(*) from service_request where title like :token")
                .param("token", "%" + token + "%")
                .query(Long.class)
                .single();
    }
}
