package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.HelplineUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/** The agents' queue: nearest deadline first, filters, keyset paging, a supervisor's wider view. */
@HelplineIntegrationTest
class RequestQueueIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theQueueIsOrderedByTheNearestDeadlineAndPagesByCursorWithoutGapsOrRepeats() {
        var fabrikam = RequestApi.as(port, "admin@fabrikam.example");
        var c = NewRequests.critical("Queue C " + token);
        c.put("severity", "C");
        var slow = fabrikam.file(c).get("id").asString();
        var urgent = fabrikam.file(NewRequests.critical("Queue A " + token))
                .get("id")
                .asString();

        var all = walk(RequestApi.as(port, "supervisor@helpline.example"), "size=2");

        assertThat(all).containsSubsequence(urgent, slow);
        assertThat(all).doesNotHaveDuplicates();
        var dues = jdbc
                .sql("select id from service_request where organisation_id = 'global' and handled_by = 'PROVIDER'"
                        + " and status in ('NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER')"
                        + " order by queue_due_at asc nulls last, received_at, id")
                .query(UUID.class)
                .list()
                .stream()
                .map(UUID::toString)
                .toList();
        assertThat(all).isEqualTo(dues);
    }

    @Test
    void filtersBySeverityServiceLanguageAndStatus() {
        var fabrikam = RequestApi.as(port, "admin@fabrikam.example");
        var body = NewRequests.critical("Filters " + token);
        body.put("serviceId", "meetings");
        body.put("problemClassification", "meeting-join");
        NewRequests.contactOf(body).put("language", "pl");
        var id = fabrikam.file(body).get("id").asString();
        var agent = RequestApi.as(port, "agent@helpline.example");

        assertThat(ids(agent.get("/api/v1/queue?severity=A&service=meetings&language=pl&size=200")
                        .json()))
                .contains(id);
        assertThat(ids(agent.get("/api/v1/queue?severity=B&size=200").json())).doesNotContain(id);
        assertThat(ids(agent.get("/api/v1/queue?language=en&size=200").json())).doesNotContain(id);
        assertThat(ids(agent.get("/api/v1/queue?status=RESOLVED&size=200").json()))
                .doesNotContain(id);
        for (var item : agent.get("/api/v1/queue?severity=A&size=200").json().get("items")) {
            assertThat(item.get("severity").asString()).isEqualTo("A");
        }
    }

    @Test
    void atRiskShowsRequestsCloseToTheirDeadline() {
        var id = RequestApi.as(port, "admin@fabrikam.example")
                .file(NewRequests.critical("Risk " + token))
                .get("id")
                .asString();
        // as if time passed: 59 minutes of the first hour are used
        var due = java.sql.Timestamp.from(Instant.now().plusSeconds(60));
        jdbc.sql("update sla_clock set due_at = :due where request_id = :id and kind = 'FIRST_RESPONSE'")
                .param("due", due)
                .param("id", UUID.fromString(id))
                .update();
        jdbc.sql("update service_request set queue_risk_at = :risk, queue_due_at = :due where id = :id")
                .param("risk", java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
                .param("due", due)
                .param("id", UUID.fromString(id))
                .update();
        var supervisor = RequestApi.as(port, "supervisor@helpline.example");

        assertThat(ids(supervisor.get("/api/v1/queue?atRisk=true&size=200").json()))
                .contains(id);
        assertThat(ids(supervisor.get("/api/v1/queue?attention=true&size=200").json()))
                .contains(id);
        var item = find(supervisor.get("/api/v1/queue?atRisk=true&size=200").json(), id);
        assertThat(item.get("sla").get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void aNewRequestIsAtRiskInTheQueueFromTheMomentItsAgentWouldBeAlerted() {
        var id = UUID.fromString(RequestApi.as(port, "admin@fabrikam.example")
                .file(NewRequests.critical("Alert " + token))
                .get("id")
                .asString());

        var queueRiskAt = jdbc.sql("select queue_risk_at from service_request where id = :id")
                .param("id", id)
                .query(java.time.OffsetDateTime.class)
                .single();
        var alertAt = jdbc.sql("select at_risk_at from sla_clock where request_id = :id and kind = 'FIRST_RESPONSE'")
                .param("id", id)
                .query(java.time.OffsetDateTime.class)
                .single();
        assertThat(queueRiskAt.toInstant()).isEqualTo(alertAt.toInstant());
    }

    @Test
    void agentsSeeUnassignedAndTheirOwnWhileASupervisorSeesEveryonesQueue() {
        var fabrikam = RequestApi.as(port, "admin@fabrikam.example");
        var id = fabrikam.file(NewRequests.critical("Mine " + token)).get("id").asString();
        var supervisor = RequestApi.as(port, "supervisor@helpline.example");
        var supervisorId = ((HelplineUser) users.loadUserByUsername("supervisor@helpline.example"))
                .id()
                .toString();
        var agent = RequestApi.as(port, "agent@helpline.example");
        assertThat(ids(agent.get("/api/v1/queue?assignee=unassigned&size=200").json()))
                .contains(id);

        supervisor.post("/api/v1/requests/" + id + "/assign", Map.of("assigneeId", supervisorId, "version", 0));

        assertThat(ids(supervisor.get("/api/v1/queue?assignee=mine&size=200").json()))
                .contains(id);
        assertThat(ids(agent.get("/api/v1/queue?size=200").json())).doesNotContain(id);
        assertThat(ids(agent.get("/api/v1/queue?assignee=unassigned&size=200").json()))
                .doesNotContain(id);
        assertThat(walk(supervisor, "size=50")).contains(id);
    }

    private static List<String> walk(RequestApi api, String query) {
        var all = new ArrayList<String>();
        String after = null;
        for (int page = 0; page < 1000; page++) {
            var path = "/api/v1/queue?" + query + (after == null ? "" : "&after=" + after);
            var response = api.get(path).json();
            all.addAll(ids(response));
            if (response.get("next") == null || response.get("next").isNull()) {
                return all;
            }
            after = response.get("next").asString();
        }
        throw new AssertionError("the queue did not end");
    }

    private static List<String> ids(JsonNode page) {
        var found = new ArrayList<String>();
        page.get("items").forEach(item -> found.add(item.get("id").asString()));
        return found;
    }

    private static JsonNode find(JsonNode page, String id) {
        for (var item : page.get("items")) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + page);
    }
}
