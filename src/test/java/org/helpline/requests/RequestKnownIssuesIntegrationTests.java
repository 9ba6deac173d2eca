package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** Deflection of known issues while an admin writes a request, and the issues a filed request relates to. */
@HelplineIntegrationTest
class RequestKnownIssuesIntegrationTests {

    private static final String SUPERVISOR = "supervisor@helpline.example";
    private static final String CONTOSO = "admin@contoso.example";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void r3_aRequestFiledOnAServiceWithAnActiveIncidentCarriesItAsARelatedIssue() {
        var title = "Outbound queue stuck " + UUID.randomUUID();
        var issueId = declare(title, List.of("mail"), null);

        var filed = ApiClient.as(port, CONTOSO)
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical("Mail is slow " + UUID.randomUUID())));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        var related = filed.json().get("relatedIssues");
        assertThat(ids(related)).contains(issueId);
        assertThat(titleOf(related, issueId)).isEqualTo(title);
        assertThat(statusOf(related, issueId)).isEqualTo("serviceDegradation");

        var id = filed.json().get("id").asString();
        var read = ApiClient.as(port, CONTOSO).get("/api/v1/requests/" + id).json();
        assertThat(ids(read.get("relatedIssues"))).contains(issueId);
        var agentView = ApiClient.as(port, "agent@helpline.example")
                .get("/api/v1/requests/" + id)
                .json();
        assertThat(ids(agentView.get("relatedIssues"))).contains(issueId);
    }

    @Test
    void r3_theRequestPageListsTheRelatedIssues() throws Exception {
        var title = "Journaling paused " + UUID.randomUUID();
        var issueId = declare(title, List.of("mail"), null);
        var filed = ApiClient.as(port, CONTOSO)
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical("Journal " + UUID.randomUUID())));

        var page = html(get("/requests/" + filed.json().get("id").asString()), CONTOSO);

        assertThat(page).contains("id=\"related-issues\"", "class=\"related-issue\"", title, issueId);
    }

    @Test
    void r3_aRequestOnAnotherServiceHasNoRelatedIssue() {
        var issueId = declare("Archive export failing " + UUID.randomUUID(), List.of("mail"), null);

        var body = NewRequests.billing("Invoice question " + UUID.randomUUID());
        body.put("description", "Please explain the second invoice line.");
        var filed = ApiClient.as(port, CONTOSO).post("/api/v1/requests", ApiClient.json(body));

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(ids(filed.json().get("relatedIssues"))).doesNotContain(issueId);
        var read = ApiClient.as(port, CONTOSO)
                .get("/api/v1/requests/" + filed.json().get("id").asString())
                .json();
        assertThat(ids(read.get("relatedIssues"))).doesNotContain(issueId);
    }

    @Test
    void r3_theFormListsTheKnownIssueAndThisIsMyProblemDeflectsWithoutFiling() throws Exception {
        var title = "Delivery reports missing " + UUID.randomUUID();
        var issueId = declare(title, List.of("mail"), null);

        var fragment = html(
                get("/requests/new/known-issues").param("serviceId", "mail").param("title", "Mail"), CONTOSO);
        assertThat(fragment)
                .contains(
                        "id=\"known-issues\"",
                        "class=\"known-issue\"",
                        title,
                        "this-is-my-problem",
                        "Znany problem",
                        "To mój problem")
                .doesNotContain("<html", "id=\"deflected\"");

        var byText = html(
                get("/requests/new/known-issues")
                        .param("serviceId", "")
                        .param("description", "Our delivery reports are gone"),
                CONTOSO);
        assertThat(byText).contains(title);

        long deflectionsBefore = deflections();
        long requestsBefore = contosoRequests();
        var answer = mvc.perform(post("/requests/new/known-issues/" + issueId)
                        .with(signedIn.as(CONTOSO))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        answer.setCharacterEncoding("UTF-8");

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString())
                .contains("id=\"deflected\"", "Poinformujemy Cię o tym problemie; nie złożono żadnego zgłoszenia.");
        assertThat(deflections()).isEqualTo(deflectionsBefore + 1);
        assertThat(contosoRequests()).isEqualTo(requestsBefore);
    }

    @Test
    void r3_noKnownIssueWithoutAMatchAndThisIsMyProblemNeedsTheCsrfToken() throws Exception {
        var issueId = declare("Calendar sync halted " + UUID.randomUUID(), List.of("meetings"), null);

        var fragment = html(get("/requests/new/known-issues").param("title", "xyz"), CONTOSO);
        assertThat(fragment).contains("id=\"known-issues\"").doesNotContain(issueId);

        var withoutToken = mvc.perform(
                        post("/requests/new/known-issues/" + issueId).with(signedIn.as(CONTOSO)))
                .andReturn()
                .getResponse();
        assertThat(withoutToken.getStatus()).isEqualTo(403);
    }

    @Test
    void r3_anIssueLimitedToAnotherTenantIsNeitherOfferedNorRelated() throws Exception {
        var fabrikam = ApiClient.as(port, "admin@fabrikam.example")
                .get("/api/v1/me")
                .json()
                .get("tenant")
                .get("id")
                .asString();
        var title = "Fabrikam only outage " + UUID.randomUUID();
        var issueId = declare(title, List.of("mail"), List.of(fabrikam));

        var fragment = html(get("/requests/new/known-issues").param("serviceId", "mail"), CONTOSO);
        assertThat(fragment).doesNotContain(title, issueId);

        var filed = ApiClient.as(port, CONTOSO)
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical("Outage " + UUID.randomUUID())));
        assertThat(ids(filed.json().get("relatedIssues"))).doesNotContain(issueId);
        assertThat(mvc.perform(post("/requests/new/known-issues/" + issueId)
                                .with(signedIn.as(CONTOSO))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theKnowledgeSearchsContactSupportLinkPrefillsTheDescription() throws Exception {
        var page = html(get("/requests/new").param("description", "Mail bounces with 550 5.7.1"), CONTOSO);

        assertThat(page).contains("id=\"description\"", "Mail bounces with 550 5.7.1</textarea>", "load, change");
    }

    private String declare(String title, List<String> services, List<String> tenants) {
        var body = new HashMap<String, Object>(Map.of(
                "classification",
                "incident",
                "title",
                title,
                "services",
                services,
                "status",
                "serviceDegradation",
                "impactDescription",
                "Users are affected."));
        if (tenants != null) {
            body.put("tenants", tenants);
        }
        var response = ApiClient.as(port, SUPERVISOR).post("/api/v1/health/issues", ApiClient.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private long deflections() {
        return ApiClient.as(port, SUPERVISOR)
                .get("/api/v1/health/deflections")
                .json()
                .get("deflections")
                .asLong();
    }

    private long contosoRequests() {
        return jdbc.sql("""
                select count(*) from service_request r join tenant t on t.id = r.tenant_id
                where t.domain = 'contoso.example'
                """).query(Long.class).single();
    }

    private String html(MockHttpServletRequestBuilder request, String login) throws Exception {
        var response = mvc.perform(request.with(signedIn.as(login))).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<String> ids(JsonNode issues) {
        var ids = new ArrayList<String>();
        issues.forEach(issue -> ids.add(issue.get("id").asString()));
        return ids;
    }

    private static String titleOf(JsonNode issues, String id) {
        return find(issues, id).get("title").asString();
    }

    private static String statusOf(JsonNode issues, String id) {
        return find(issues, id).get("status").asString();
    }

    private static JsonNode find(JsonNode issues, String id) {
        for (var issue : issues) {
            if (issue.get("id").asString().equals(id)) {
                return issue;
            }
        }
        throw new AssertionError("no issue " + id);
    }
}
