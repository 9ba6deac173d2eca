package org.helpline.cannedreplies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.requests.NewRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Canned replies over the API: who sees and changes which reply (personal, the desk's, another
 * organisation's, a partner's), the rules of writing one, and applying one to a request in the
 * request's language with its placeholders filled and its changes made, all or nothing.
 */
@HelplineIntegrationTest
class CannedReplyIntegrationTests {

    private static final String REPLIES = "/api/v1/canned-replies";
    private static final String AGENT = "agent@helpline.example";
    private static final String SUPERVISOR = "supervisor@helpline.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPersonalReplyIsSeenByItsAuthorOnlyAndOtherDesksGetNotFound() {
        var created = create(AGENT, reply("PERSONAL", "mine-" + token));
        var path = REPLIES + "/" + created.get("id").asString();
        assertThat(created.get("ownerId").asString()).isNotBlank();

        assertThat(as(AGENT).get(path).status()).isEqualTo(200);
        assertThat(shortcuts(as(AGENT).get(REPLIES).json())).contains("mine-" + token);
        for (var other : List.of(SUPERVISOR, "agent@operator.example", "partner@litware.example")) {
            assertThat(as(other).get(path).status()).as(other).isEqualTo(404);
            assertThat(as(other).delete(path).status()).as(other).isEqualTo(404);
            assertThat(shortcuts(as(other).get(REPLIES).json())).as(other).doesNotContain("mine-" + token);
        }
        for (var customer : List.of("admin@contoso.example", "orgadmin@helpline.example")) {
            assertThat(as(customer).get(REPLIES).status()).as(customer).isEqualTo(403);
            assertThat(as(customer).get(path).status()).as(customer).isEqualTo(403);
        }
        var changed = reply("PERSONAL", "mine-" + token);
        changed.put("title", "Changed " + token);
        changed.put("version", 0);
        var put = as(AGENT).put(path, ApiClient.json(changed));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("version").asLong()).isEqualTo(1);
        assertThat(as(AGENT).put(path, ApiClient.json(changed)).status()).isEqualTo(409);
        assertThat(as(AGENT).delete(path).status()).isEqualTo(204);
        assertThat(as(AGENT).get(path).status()).isEqualTo(404);
        assertThat(audited("mine-" + token))
                .containsExactly("canned-reply.created", "canned-reply.changed", "canned-reply.removed");
    }

    @Test
    void theDesksRepliesAreWrittenBySupervisorsAndReadByEveryAgentOfTheDeskOnly() {
        assertThat(as(AGENT)
                        .post(REPLIES, ApiClient.json(reply("ORGANISATION", "desk-" + token)))
                        .status())
                .isEqualTo(403);
        var desk = create(SUPERVISOR, reply("ORGANISATION", "desk-" + token));
        var path = REPLIES + "/" + desk.get("id").asString();
        assertThat(as(AGENT).get(path).status()).isEqualTo(200);
        assertThat(as(AGENT).delete(path).status()).isEqualTo(403);
        assertThat(as("agent@operator.example").get(path).status()).isEqualTo(404);
        assertThat(as("partner@litware.example").get(path).status()).isEqualTo(404);

        var team = reply("TEAM", "team-" + token);
        team.put("serviceId", "mail");
        assertThat(create(SUPERVISOR, team).get("serviceId").asString()).isEqualTo("mail");
        assertThat(shortcuts(as(AGENT).get(REPLIES).json())).contains("desk-" + token, "team-" + token);
    }

    @Test
    void aReplyThatBreaksARuleIsRefusedNamingTheField() {
        var cases = new LinkedHashMap<String, Map<String, Object>>();
        var unknownPlaceholder = reply("PERSONAL", "bad-" + token);
        unknownPlaceholder.put("bodyPl", "Dzień dobry {{customer}}");
        cases.put("bodyPl", unknownPlaceholder);
        var noBody = reply("PERSONAL", "bad-" + token);
        noBody.remove("bodyEn");
        noBody.remove("bodyPl");
        cases.put("bodyEn", noBody);
        cases.put("serviceId", reply("TEAM", "bad-" + token));
        var unknownService = reply("TEAM", "bad-" + token);
        unknownService.put("serviceId", "no-such-service");
        cases.put("serviceId ", unknownService);
        var severityWithoutReason = reply("PERSONAL", "bad-" + token);
        severityWithoutReason.put("setSeverity", "C");
        cases.put("severityReason", severityWithoutReason);
        cases.put("shortcut", reply("PERSONAL", "Bad Shortcut"));
        var noScope = reply("PERSONAL", "bad-" + token);
        noScope.remove("scope");
        cases.put("scope", noScope);

        cases.forEach((field, body) -> {
            var answer = as(SUPERVISOR).post(REPLIES, ApiClient.json(body));
            assertThat(answer.status()).as(field + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(field.strip());
        });
        assertThat(as(SUPERVISOR).post(REPLIES, "null").status()).isEqualTo(400);
        assertThat(shortcuts(as(SUPERVISOR).get(REPLIES).json())).doesNotContain("bad-" + token);
    }

    @Test
    void applyingAReplyAnswersInTheRequestsLanguageAndMakesItsChanges() {
        var body = NewRequests.technical("Applied " + token);
        NewRequests.contactOf(body).put("language", "pl");
        NewRequests.contactOf(body).put("name", "Anna Kowalska");
        var request = as("admin@contoso.example")
                .post("/api/v1/requests", ApiClient.json(body))
                .json();
        var id = request.get("id").asString();
        var draft = reply("PERSONAL", "solve-" + token);
        draft.put("setStatus", "RESOLVED");
        draft.put("setSeverity", "C");
        draft.put("severityReason", "Workaround in place");
        draft.put("assignment", "TAKE");
        var reply = create(AGENT, draft);

        var apply =
                "/api/v1/requests/" + id + "/canned-replies/" + reply.get("id").asString();
        assertThat(as("agent@operator.example").post(apply, "{\"version\":0}").status())
                .isEqualTo(404);
        assertThat(as(SUPERVISOR).post(apply, "{\"version\":0}").status()).isEqualTo(404);
        var applied = as(AGENT).post(apply, "{\"version\":0}");

        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        var text = applied.json().get("text").asString();
        assertThat(applied.json().get("language").asString()).isEqualTo("pl");
        assertThat(text)
                .startsWith("Dzień dobry Anna Kowalska, zgłoszenie "
                        + request.get("number").asString())
                .contains("(Europe/Warsaw)")
                .endsWith("Adam Agent");
        var read = as("admin@contoso.example").get("/api/v1/requests/" + id).json();
        assertThat(read.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(read.get("severity").asString()).isEqualTo("C");
        assertThat(read.get("messages").get(0).get("bodyHtml").asString()).contains("Anna Kowalska");
        assertThat(kinds(read)).containsSubsequence("MESSAGE", "SEVERITY", "ASSIGNED", "STATUS");
        assertThat(audited(request.get("number").asString())).contains("canned-reply.applied");
    }

    @Test
    void aChangeTheRequestRefusesSendsNothing() {
        var request = as("admin@contoso.example")
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical("Refused " + token)))
                .json();
        var id = request.get("id").asString();
        var draft = reply("PERSONAL", "critical-" + token);
        draft.put("setSeverity", "A");
        draft.put("severityReason", "Everything is down");
        var reply = create(AGENT, draft);

        var answer = as(AGENT)
                .post(
                        "/api/v1/requests/" + id + "/canned-replies/"
                                + reply.get("id").asString(),
                        "{\"version\":0}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        var read = as("admin@contoso.example").get("/api/v1/requests/" + id).json();
        assertThat(read.get("messages")).isEmpty();
        assertThat(read.get("version").asLong()).isZero();
        assertThat(as(AGENT)
                        .post(
                                "/api/v1/requests/" + id + "/canned-replies/"
                                        + reply.get("id").asString(),
                                "{}")
                        .status())
                .isEqualTo(400);
    }

    private JsonNode create(String login, Map<String, Object> body) {
        var answer = as(login).post(REPLIES, ApiClient.json(body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private ApiClient as(String login) {
        return ApiClient.as(port, login);
    }

    static Map<String, Object> reply(String scope, String shortcut) {
        var body = new LinkedHashMap<String, Object>();
        body.put("scope", scope);
        body.put("shortcut", shortcut);
        body.put("title", "Greeting " + shortcut);
        body.put("bodyEn", "Hello {{requester}}, request {{number}} is due {{due}}. {{agent}}");
        body.put("bodyPl", "Dzień dobry {{requester}}, zgłoszenie {{number}}: termin {{ due }}. {{agent}}");
        return body;
    }

    private List<String> audited(String target) {
        return jdbc.sql("select action from audit_event where target = :target order by occurred_at")
                .param("target", target)
                .query(String.class)
                .list();
    }

    private static List<String> shortcuts(JsonNode replies) {
        var shortcuts = new ArrayList<String>();
        replies.forEach(reply -> shortcuts.add(reply.get("shortcut").asString()));
        return shortcuts;
    }

    private static List<String> kinds(JsonNode request) {
        var kinds = new ArrayList<String>();
        request.get("history").forEach(entry -> kinds.add(entry.get("kind").asString()));
        return kinds;
    }
}
