package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Linked and merged requests (issue 21): links both ways within a tenant, merging moves the thread
 * and the files and closes the duplicate with a note to its requester, and another tenant's or
 * organisation's number is "not found" whoever asks.
 */
@HelplineIntegrationTest
class RequestLinksIntegrationTests {

    private static final String CONTOSO = "admin@contoso.example";
    private static final String FABRIKAM = "admin@fabrikam.example";
    private static final String AGENT = "agent@helpline.example";
    private static final String OPERATOR_AGENT = "agent@operator.example";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLinkShowsOnBothRequestsOnceAndCanBeRemoved() {
        var admin = RequestApi.as(port, CONTOSO);
        var first = admin.file(NewRequests.technical("Linked one " + UUID.randomUUID()));
        var second = admin.file(NewRequests.technical("Linked two " + UUID.randomUUID()));

        var linked = admin.post(links(first), Map.of("number", number(second), "kind", "DUPLICATE"));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        var again = admin.post(links(first), Map.of("number", number(second), "kind", "DUPLICATE"));
        assertThat(again.status()).isEqualTo(200);

        assertThat(kinds(admin.get(links(first)).json())).containsExactly(number(second) + ":DUPLICATE");
        assertThat(kinds(RequestApi.as(port, AGENT).get(links(second)).json()))
                .containsExactly(number(first) + ":DUPLICATE");
        assertThat(historyKinds(second, "LINKED")).isEqualTo(1);

        var related = admin.post(links(second), Map.of("number", number(first), "kind", "RELATED"));
        assertThat(kinds(related.json())).containsExactly(number(first) + ":RELATED");

        var removed = ApiClient.as(port, CONTOSO).delete(links(first) + "/" + number(second));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(admin.get(links(second)).json()).isEmpty();
        assertThat(historyKinds(first, "UNLINKED")).isEqualTo(1);
    }

    @Test
    void anotherTenantsOrOrganisationsRequestIsNotFoundAndNothingIsLinked() {
        var contoso = RequestApi.as(port, CONTOSO).file(NewRequests.technical("Mine " + UUID.randomUUID()));
        var fabrikam = RequestApi.as(port, FABRIKAM).file(NewRequests.critical("Theirs " + UUID.randomUUID()));
        var body = Map.of("number", number(fabrikam), "kind", "RELATED");

        assertThat(RequestApi.as(port, CONTOSO).post(links(contoso), body).status())
                .isEqualTo(404);
        assertThat(RequestApi.as(port, AGENT).post(links(contoso), body).status())
                .as("an agent who sees both tenants still links only within one")
                .isEqualTo(404);
        assertThat(RequestApi.as(port, AGENT)
                        .post(merge(contoso), Map.of("into", number(fabrikam), "version", 0))
                        .status())
                .isEqualTo(404);
        assertThat(RequestApi.as(port, OPERATOR_AGENT).get(links(contoso)).status())
                .isEqualTo(404);
        assertThat(RequestApi.as(port, FABRIKAM).get(links(contoso)).status()).isEqualTo(404);
        var unknown = RequestApi.as(port, CONTOSO)
                .post(links(contoso), Map.of("number", "GL-1999-999999", "kind", "RELATED"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body())
                .isEqualTo(RequestApi.as(port, CONTOSO)
                        .post(links(contoso), body)
                        .body()
                        .replace(number(fabrikam), "GL-1999-999999"));
        assertThat(RequestApi.as(port, AGENT).get(links(contoso)).json()).isEmpty();
        assertThat(RequestApi.as(port, AGENT).get(links(fabrikam)).json()).isEmpty();
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        var admin = RequestApi.as(port, CONTOSO);
        var request = admin.file(NewRequests.technical("Bad links " + UUID.randomUUID()));

        assertThat(admin.post(links(request), Map.of("number", number(request), "kind", "RELATED"))
                        .body())
                .contains("\"number\"");
        assertThat(admin.post(links(request), Map.of("number", "", "kind", "RELATED"))
                        .status())
                .isEqualTo(400);
        var mergeKind = admin.post(links(request), Map.of("number", "GL-2026-000001", "kind", "MERGED_INTO"));
        assertThat(mergeKind.status()).isEqualTo(400);
        assertThat(mergeKind.body()).contains("kind");
        assertThat(admin.post(links(request), "{\"number\": 5, \"kind\": \"SIBLING\"}")
                        .status())
                .isEqualTo(400);
        var other = admin.file(NewRequests.technical("Other " + UUID.randomUUID()));
        assertThat(admin.post(merge(request), Map.of("into", number(other), "version", version(request)))
                        .status())
                .as("merging is for agents")
                .isEqualTo(403);
        assertThat(RequestApi.as(port, AGENT)
                        .post(merge(request), Map.of("into", number(request), "version", version(request)))
                        .status())
                .isEqualTo(400);
        assertThat(RequestApi.as(port, AGENT)
                        .post(merge(request), Map.of("into", number(other)))
                        .body())
                .contains("version");
        assertThat(admin.get(links(request)).json()).isEmpty();
        assertThat(admin.read(id(request)).get("status").asString()).isEqualTo("NEW");
    }

    @Test
    void mergingMovesTheThreadAndFilesAndClosesTheDuplicateWithANoteToItsRequester() throws Exception {
        var admin = RequestApi.as(port, CONTOSO);
        var duplicate = admin.file(NewRequests.technical("Duplicate " + UUID.randomUUID()));
        var survivor = admin.file(NewRequests.technical("Survivor " + UUID.randomUUID()));
        var agent = RequestApi.as(port, AGENT);
        var answered = agent.post(
                messages(duplicate), Map.of("body", "Which mailbox? " + id(duplicate), "version", version(duplicate)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        admin.post(messages(duplicate), Map.of("body", "The sales mailbox.", "version", version(duplicate)));
        var attachment = attach(duplicate);

        var merged = agent.post(merge(duplicate), Map.of("into", number(survivor), "version", version(duplicate)));

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("id").asString()).isEqualTo(id(survivor));
        var thread = agent.read(id(survivor)).get("messages");
        var bodies = new ArrayList<String>();
        thread.forEach(message -> bodies.add(message.get("bodyHtml").asString()));
        assertThat(String.join("\n", bodies))
                .contains("Which mailbox? " + id(duplicate), "The sales mailbox.", number(duplicate));
        assertThat(agent.read(id(duplicate)).get("messages")).isEmpty();
        assertThat(agent.read(id(duplicate)).get("status").asString()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select request_id from request_attachment where id = :id")
                        .param("id", attachment)
                        .query(UUID.class)
                        .single())
                .hasToString(id(survivor));
        assertThat(kinds(admin.get(links(duplicate)).json())).containsExactly(number(survivor) + ":MERGED_INTO");
        assertThat(kinds(admin.get(links(survivor)).json())).containsExactly(number(duplicate) + ":MERGED_FROM");
        assertThat(historyKinds(duplicate, "MERGED")).isEqualTo(1);
        assertThat(historyKinds(survivor, "MERGED_IN")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'request.merged' and target = :number")
                        .param("number", number(duplicate))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from notify_message where recipient = 'admin@contoso.example'
                            and subject_key = 'mail.subject.CLOSED' and payload like :note
                        """)
                        .param("note", "%merged into request " + number(survivor) + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var again = agent.post(merge(duplicate), Map.of("into", number(survivor), "version", version(duplicate)));
        assertThat(again.status()).as("a closed request is not merged twice").isEqualTo(422);

        var page = mvc.perform(get("/requests/" + id(duplicate)).with(signedIn.as(CONTOSO)))
                .andReturn()
                .getResponse();
        assertThat(page.getRedirectedUrl()).isEqualTo("/requests/" + id(survivor));
        var workspace = mvc.perform(get("/workspace/requests/" + id(duplicate)).with(signedIn.as(AGENT)))
                .andReturn()
                .getResponse();
        assertThat(workspace.getRedirectedUrl()).isEqualTo("/workspace/requests/" + id(survivor));
    }

    @Test
    void theRequestsOfAnIncidentAreAnsweredAndResolvedTogetherByAgentsOnly() throws Exception {
        var issue = declareIncident();
        var contoso = RequestApi.as(port, CONTOSO);
        var one = contoso.file(NewRequests.technical("Incident one " + UUID.randomUUID()));
        var two = contoso.file(NewRequests.technical("Incident two " + UUID.randomUUID()));
        var three = RequestApi.as(port, FABRIKAM).file(NewRequests.critical("Incident three " + UUID.randomUUID()));
        var path = "/api/v1/health/issues/" + issue + "/requests";

        assertThat(numbers(RequestApi.as(port, AGENT).get(path).json()))
                .containsExactlyInAnyOrder(number(one), number(two), number(three));
        assertThat(numbers(contoso.get(path).json())).containsExactlyInAnyOrder(number(one), number(two));
        assertThat(RequestApi.as(port, OPERATOR_AGENT).get(path).status()).isEqualTo(404);
        assertThat(contoso.post(path + "/reply", Map.of("text", "We are on it."))
                        .status())
                .isEqualTo(403);
        assertThat(RequestApi.as(port, OPERATOR_AGENT)
                        .post(path + "/reply", Map.of("text", "Not yours."))
                        .status())
                .isEqualTo(404);
        var blank = RequestApi.as(port, AGENT).post(path + "/reply", Map.of("text", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("text");

        var page = mvc.perform(get("/workspace/incidents/" + issue).with(signedIn.as(AGENT)))
                .andReturn()
                .getResponse();
        page.setCharacterEncoding("UTF-8");
        assertThat(page.getContentAsString()).contains(number(one), number(three), "id=\"reply-all\"");
        var replied = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/workspace/incidents/" + issue + "/reply")
                                .with(signedIn.as(AGENT))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("text", "Mail flow is being restored " + issue))
                .andReturn()
                .getResponse();
        assertThat(replied.getRedirectedUrl()).isEqualTo("/workspace/incidents/" + issue);
        for (var request : List.of(one, two, three)) {
            assertThat(RequestApi.as(port, AGENT)
                            .read(id(request))
                            .get("messages")
                            .toString())
                    .contains("Mail flow is being restored " + issue);
        }

        var resolved = RequestApi.as(port, AGENT).post(path + "/resolve", Map.of("text", "Fixed upstream."));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(numbers(resolved.json())).containsExactlyInAnyOrder(number(one), number(two), number(three));
        assertThat(RequestApi.as(port, AGENT)
                        .post(path + "/resolve", Map.of("text", "Again."))
                        .json())
                .isEmpty();
        assertThat(contoso.read(id(two)).get("status").asString()).isEqualTo("RESOLVED");
    }

    private String declareIncident() {
        var response = ApiClient.as(port, "supervisor@helpline.example")
                .post(
                        "/api/v1/health/issues",
                        ApiClient.json(Map.of(
                                "classification", "incident",
                                "title", "Mail delayed " + UUID.randomUUID(),
                                "services", List.of("mail"),
                                "status", "serviceDegradation",
                                "impactDescription", "Mail is late.")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<String> numbers(JsonNode requests) {
        var numbers = new ArrayList<String>();
        requests.forEach(request -> numbers.add(request.get("number").asString()));
        return numbers;
    }

    private UUID attach(JsonNode request) {
        var id = UUID.randomUUID();
        var message = jdbc.sql(
                        "select id from request_message where request_id = :request order by position fetch first 1 rows only")
                .param("request", UUID.fromString(id(request)))
                .query(UUID.class)
                .single();
        var row = new HashMap<String, Object>();
        row.put("tenant", UUID.fromString(request.get("tenant").get("id").asString()));
        row.put("request", UUID.fromString(id(request)));
        row.put("message", message);
        row.put("id", id);
        jdbc.sql("""
                insert into request_attachment (tenant_id, request_id, message_id, id, position, file_name, content_type,
                    size_bytes, created_at)
                values (:tenant, :request, :message, :id, 1, 'log.txt', 'text/plain', 3, current_timestamp)
                """).params(row).update();
        jdbc.sql("""
                insert into request_attachment_chunk (tenant_id, attachment_id, seq, data)
                values (:tenant, :id, 0, :data)
                """)
                .params(row)
                .param("data", "abc".getBytes(StandardCharsets.US_ASCII))
                .update();
        return id;
    }

    private long historyKinds(JsonNode request, String kind) {
        return jdbc.sql("select count(*) from request_history where request_id = :request and kind = :kind")
                .param("request", UUID.fromString(id(request)))
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private long version(JsonNode request) {
        return RequestApi.as(port, AGENT).version(id(request));
    }

    private static List<String> kinds(JsonNode links) {
        var kinds = new ArrayList<String>();
        links.forEach(link ->
                kinds.add(link.get("number").asString() + ":" + link.get("kind").asString()));
        return kinds;
    }

    private static String links(JsonNode request) {
        return "/api/v1/requests/" + id(request) + "/links";
    }

    private static String merge(JsonNode request) {
        return "/api/v1/requests/" + id(request) + "/merge";
    }

    private static String messages(JsonNode request) {
        return "/api/v1/requests/" + id(request) + "/messages";
    }

    private static String id(JsonNode request) {
        return request.get("id").asString();
    }

    private static String number(JsonNode request) {
        return request.get("number").asString();
    }
}
