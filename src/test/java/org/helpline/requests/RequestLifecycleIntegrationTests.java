package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/** The lifecycle: replies, internal notes, waiting for the customer, severity, assignment, versions. */
@HelplineIntegrationTest
class RequestLifecycleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void r17_theFirstPublicAgentReplyMeetsTheFirstResponseAndStartsWork() {
        var admin = RequestApi.as(port, "admin@fabrikam.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var id = admin.file(NewRequests.critical("Reply " + token)).get("id").asString();

        var replied = agent.post(path(id, "messages"), Map.of("body", "We are **on it**.", "version", 0));

        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        assertThat(replied.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(replied.json().get("sla").get("firstResponseAt").asString()).isNotBlank();
        var seen = admin.read(id);
        assertThat(seen.get("messages").get(0).get("bodyHtml").asString()).contains("<strong>on it</strong>");
        assertThat(seen.get("messages").get(0).get("authorSide").asString()).isEqualTo("AGENT");
        assertThat(clock(seen, "FIRST_RESPONSE").get("state").asString()).isEqualTo("MET");
        assertThat(kinds(seen)).containsSubsequence("OPENED", "MESSAGE", "STATUS");
        assertThat(audited(seen.get("number").asString()))
                .contains("request.opened", "request.message-added", "request.status-changed");
    }

    @Test
    void r25_internalNotesAreNeverShownToTheCustomer() {
        var admin = RequestApi.as(port, "admin@contoso.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var id =
                admin.file(NewRequests.technical("Internal " + token)).get("id").asString();

        var note = agent.post(path(id, "messages"), Map.of("body", "Secret " + token, "internal", true, "version", 0));

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().get("status").asString())
                .as("a note is not a response")
                .isEqualTo("NEW");
        assertThat(note.json().get("sla").has("firstResponseAt")).isFalse();
        assertThat(agent.read(id).toString()).contains("Secret " + token);
        var customerView = admin.read(id);
        assertThat(customerView.toString()).doesNotContain("Secret " + token);
        assertThat(customerView.get("messages").size()).isZero();
        assertThat(kinds(customerView)).doesNotContain("MESSAGE");
    }

    @Test
    void customersMayNotWriteInternalNotesOrLogCalls() {
        var admin = RequestApi.as(port, "admin@contoso.example");
        var id = admin.file(NewRequests.technical("Customer note " + token))
                .get("id")
                .asString();

        assertThat(admin.post(path(id, "messages"), Map.of("body", "x", "internal", true, "version", 0))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(path(id, "messages"), Map.of("body", "x", "kind", "CALL_LOG", "version", 0))
                        .status())
                .isEqualTo(403);
        assertThat(admin.read(id).get("version").asLong()).isZero();
    }

    @Test
    void r17_aLoggedCallMeetsTheFirstResponse() {
        var id = RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical("Call " + token))
                .get("id")
                .asString();

        var agentLogin = "caller-" + token + "@helpline.example";
        var created = org.helpline.ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        org.helpline.ApiClient.json(Map.of(
                                "login",
                                agentLogin,
                                "name",
                                "Call Logger",
                                "password",
                                "long-enough-1",
                                "roles",
                                java.util.List.of("AGENT"))));
        assertThat(created.status()).isEqualTo(201);
        var unverified = org.helpline.ApiClient.as(port, agentLogin, "long-enough-1")
                .post(
                        path(id, "messages"),
                        org.helpline.ApiClient.json(Map.of("body", "Called.", "kind", "CALL_LOG", "version", 0)));
        assertThat(unverified.status()).isEqualTo(403);
        var call = org.helpline.ApiClient.as(port, agentLogin, "long-enough-1")
                .post(
                        "/api/v1/phone/calls",
                        org.helpline.ApiClient.json(
                                Map.of("callerNumber", "+48 22 123 45 67", "tenantId", contosoId())));
        assertThat(call.json().get("registered").asBoolean()).isTrue();

        var logged = org.helpline.ApiClient.as(port, agentLogin, "long-enough-1")
                .post(
                        path(id, "messages"),
                        org.helpline.ApiClient.json(Map.of(
                                "body",
                                "Called the admin, explained the workaround.",
                                "kind",
                                "CALL_LOG",
                                "version",
                                0)));

        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("sla").get("firstResponseAt").asString()).isNotBlank();
    }

    @Test
    void askingTheCustomerForInformationWaitsForThemAndTheirAnswerResumesWork() {
        var admin = RequestApi.as(port, "admin@contoso.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var id =
                admin.file(NewRequests.technical("Awaiting " + token)).get("id").asString();
        agent.post(path(id, "messages"), Map.of("body", "Which mailbox?", "version", 0));

        var waiting = agent.post(
                path(id, "status"), Map.of("status", "AWAITING_CUSTOMER", "reason", "mailbox name", "version", 1));
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        assertThat(waiting.json().get("status").asString()).isEqualTo("AWAITING_CUSTOMER");

        var answered = admin.post(path(id, "messages"), Map.of("body", "ceo@contoso.example", "version", 2));
        assertThat(answered.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(kinds(admin.read(id))).containsSubsequence("STATUS", "MESSAGE", "STATUS");
    }

    @Test
    void theAdminMayResolveAndReopenButNothingElse() {
        var admin = RequestApi.as(port, "admin@contoso.example");
        var id = admin.file(NewRequests.technical("Resolve " + token)).get("id").asString();

        var waiting = admin.post(path(id, "status"), Map.of("status", "AWAITING_CUSTOMER", "version", 0));
        assertThat(waiting.status()).isEqualTo(403);

        var resolved =
                admin.post(path(id, "status"), Map.of("status", "RESOLVED", "reason", "works again", "version", 0));
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("resolvedAt").asString()).isNotBlank();

        var reopened = admin.post(path(id, "status"), Map.of("status", "IN_PROGRESS", "version", 1));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aRequestResolvedMoreThan14DaysAgoCannotBeReopenedByTheAdmin() {
        var admin = RequestApi.as(port, "admin@contoso.example");
        var id = admin.file(NewRequests.technical("Old " + token)).get("id").asString();
        admin.post(path(id, "status"), Map.of("status", "RESOLVED", "version", 0));
        jdbc.sql("update service_request set resolved_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(15))))
                .param("id", UUID.fromString(id))
                .update();

        var reopened = admin.post(path(id, "status"), Map.of("status", "IN_PROGRESS", "version", 1));

        assertThat(reopened.status()).isEqualTo(422);
        assertThat(reopened.json().get("type").asString()).endsWith("/reopen-window-passed");
    }

    @Test
    void aClosedRequestTakesNoMoreChanges() {
        var admin = RequestApi.as(port, "admin@contoso.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var id = admin.file(NewRequests.technical("Closed " + token)).get("id").asString();
        assertThat(agent.post(path(id, "status"), Map.of("status", "CLOSED", "version", 0))
                        .status())
                .isEqualTo(200);

        var again = agent.post(path(id, "status"), Map.of("status", "IN_PROGRESS", "version", 1));
        var message = admin.post(path(id, "messages"), Map.of("body", "hello?", "version", 1));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("type").asString()).endsWith("/transition-not-allowed");
        assertThat(message.status()).isEqualTo(422);
    }

    @Test
    void r19_anAgentChangesTheSeverityWithAReasonAndItIsAudited() {
        var admin = RequestApi.as(port, "admin@fabrikam.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var created = admin.file(NewRequests.critical("Severity " + token));
        var id = created.get("id").asString();

        var lowered =
                agent.post(path(id, "severity"), Map.of("severity", "B", "reason", "one user only", "version", 0));

        assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
        assertThat(lowered.json().get("severity").asString()).isEqualTo("B");
        var history = admin.read(id).get("history");
        var change = history.get(history.size() - 1);
        assertThat(change.get("kind").asString()).isEqualTo("SEVERITY");
        assertThat(change.get("from").asString()).isEqualTo("A");
        assertThat(change.get("reason").asString()).isEqualTo("one user only");
        assertThat(audited(created.get("number").asString())).contains("request.severity-changed");
    }

    @Test
    void r20_anAgentCannotRaiseAStandardContractRequestToSeverityA() {
        var id = RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical("Raise " + token))
                .get("id")
                .asString();

        var raised = RequestApi.as(port, "agent@helpline.example")
                .post(path(id, "severity"), Map.of("severity", "A", "reason", "customer insists", "version", 0));

        assertThat(raised.status()).isEqualTo(422);
        assertThat(raised.json().get("rule").asString()).isEqualTo("R-20");
    }

    @Test
    void customersDoNotChangeSeverityOrAssign() {
        var admin = RequestApi.as(port, "admin@fabrikam.example");
        var id = admin.file(NewRequests.critical("Customer severity " + token))
                .get("id")
                .asString();

        assertThat(admin.post(path(id, "severity"), Map.of("severity", "B", "reason", "x", "version", 0))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(path(id, "assign"), Map.of("version", 0)).status())
                .isEqualTo(403);
    }

    @Test
    void agentsTakeAndAssignWithinTheHandlingSideOnly() {
        var agentId = userId("agent@helpline.example");
        var partnerId = userId("partner@litware.example");
        var supervisorId = userId("supervisor@helpline.example");
        var fabrikam = RequestApi.as(port, "admin@fabrikam.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var id =
                fabrikam.file(NewRequests.critical("Assign " + token)).get("id").asString();

        var taken = agent.post(path(id, "assign"), Map.of("assigneeId", agentId, "version", 0));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().get("assignee").get("name").asString()).isEqualTo("Adam Agent");

        var toPartner = agent.post(path(id, "assign"), Map.of("assigneeId", partnerId, "version", 1));
        assertThat(toPartner.status()).isEqualTo(400);
        var toSupervisor = agent.post(path(id, "assign"), Map.of("assigneeId", supervisorId, "version", 1));
        assertThat(toSupervisor.json().get("assignee").get("name").asString()).isEqualTo("Sylvia Supervisor");

        var routed = NewRequests.critical("Assign partner " + token);
        routed.put("routeTo", "PARTNER");
        var partnerRequest = fabrikam.file(routed).get("id").asString();
        var partnerTakes = RequestApi.as(port, "partner@litware.example")
                .post(path(partnerRequest, "assign"), Map.of("assigneeId", partnerId, "version", 0));
        assertThat(partnerTakes.json().get("assignee").get("name").asString()).isEqualTo("Laura Partner");
        assertThat(kinds(fabrikam.read(id))).contains("ASSIGNED");
    }

    @Test
    void everyChangeWithAStaleVersionIsAConflictAndChangesNothing() {
        var admin = RequestApi.as(port, "admin@fabrikam.example");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var id = admin.file(NewRequests.critical("Stale " + token)).get("id").asString();
        agent.post(path(id, "messages"), Map.of("body", "first", "version", 0));

        var stale = List.of(
                agent.post(path(id, "messages"), Map.of("body", "second", "version", 0)),
                agent.post(path(id, "status"), Map.of("status", "AWAITING_CUSTOMER", "version", 0)),
                agent.post(path(id, "severity"), Map.of("severity", "B", "reason", "x", "version", 0)),
                agent.post(path(id, "assign"), Map.of("version", 0)),
                admin.post(path(id, "status"), Map.of("status", "RESOLVED", "version", 0)),
                agent.post(path(id, "messages"), Map.of("body", "third"), Map.of("If-Match", "\"0\"")));

        for (var response : stale) {
            assertThat(response.status()).as(response.body()).isEqualTo(409);
            assertThat(response.json().get("type").asString()).endsWith("/stale-edit");
        }
        var current = admin.read(id);
        assertThat(current.get("version").asLong()).isEqualTo(1);
        assertThat(current.get("messages").size()).isEqualTo(1);
        var withIfMatch = agent.post(path(id, "messages"), Map.of("body", "fourth"), Map.of("If-Match", "\"1\""));
        assertThat(withIfMatch.status()).isEqualTo(201);
    }

    @Test
    void theReadAnswersTheVersionAsAnEtag() {
        var api = RequestApi.as(port, "admin@contoso.example");
        var id = api.file(NewRequests.technical("Etag " + token)).get("id").asString();

        assertThat(api.read(id).get("version").asLong()).isZero();
        assertThat(api.read(id).get("sla").get("clocks").size()).isPositive();
        assertThat(api.read(id).get("sla").get("timeline").get(0).get("event").asString())
                .isEqualTo("STARTED");
    }

    private static String path(String id, String action) {
        return "/api/v1/requests/" + id + "/" + action;
    }

    private String userId(String login) {
        return ((HelplineUser) users.loadUserByUsername(login)).id().toString();
    }

    private List<String> audited(String number) {
        return jdbc.sql("select action from audit_event where target = :number order by occurred_at")
                .param("number", number)
                .query(String.class)
                .list();
    }

    private static List<String> kinds(JsonNode request) {
        var kinds = new ArrayList<String>();
        request.get("history").forEach(entry -> kinds.add(entry.get("kind").asString()));
        return kinds;
    }

    private static JsonNode clock(JsonNode request, String kind) {
        for (var clock : request.get("sla").get("clocks")) {
            if (clock.get("kind").asString().equals(kind)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + kind + " in " + request);
    }

    private String contosoId() {
        return ((org.helpline.shared.HelplineUser) users.loadUserByUsername("admin@contoso.example"))
                .tenantId()
                .orElseThrow()
                .toString();
    }
}
