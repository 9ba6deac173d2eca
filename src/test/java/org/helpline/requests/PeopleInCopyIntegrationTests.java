package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * People in copy over the API: a tenant admin copies colleagues of the same tenant only, an agent
 * copies colleagues of the support desk as watchers the customer does not see; other tenants'
 * people and other tenants' and organisations' requests are refused; every change is in the
 * history and the audit trail.
 */
@HelplineIntegrationTest
class PeopleInCopyIntegrationTests {

    private static final String ADMIN = "admin@contoso.example";
    private static final String AGENT = "agent@helpline.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aTenantAdminCopiesColleaguesOfTheSameTenantOnly() {
        var request = RequestApi.as(port, ADMIN).file(NewRequests.technical("Copy " + token));
        var cc = "/api/v1/requests/" + request.get("id").asString() + "/cc";
        var admin = ApiClient.as(port, ADMIN);

        var added = admin.post(cc, ApiClient.json(Map.of("email", " User@Contoso.example ")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(emails(added.json())).containsExactly("user@contoso.example");
        assertThat(added.json().get(0).get("staff").asBoolean()).isFalse();
        assertThat(admin.post(cc, ApiClient.json(Map.of("email", "user@contoso.example")))
                        .status())
                .isEqualTo(201);

        for (var refused : List.of("admin@fabrikam.example", "agent@helpline.example", "nobody@contoso.example", "")) {
            var answer = admin.post(cc, ApiClient.json(Map.of("email", refused)));
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("email");
        }
        assertThat(admin.post(cc, ApiClient.json(Map.of("email", "admin@contoso.example")))
                        .status())
                .as("the contact gets the e-mails already")
                .isEqualTo(400);
        assertThat(admin.post(cc, "{}").status()).isEqualTo(400);
        assertThat(emails(admin.get(cc).json())).containsExactly("user@contoso.example");

        var read = RequestApi.as(port, ADMIN).read(request.get("id").asString());
        assertThat(kinds(read)).containsOnlyOnce("COPY_ADDED");
        assertThat(audited(request.get("number").asString())).containsOnlyOnce("request.copy-added");
    }

    @Test
    void agentsAddWatchersTheCustomerDoesNotSeeAndEachSideRemovesItsOwn() {
        var request = RequestApi.as(port, ADMIN).file(NewRequests.technical("Watch " + token));
        var id = request.get("id").asString();
        var cc = "/api/v1/requests/" + id + "/cc";
        var admin = ApiClient.as(port, ADMIN);
        var agent = ApiClient.as(port, AGENT);
        admin.post(cc, ApiClient.json(Map.of("email", "billing@contoso.example")));

        var watched = agent.post(cc, ApiClient.json(Map.of("email", "supervisor@helpline.example")));
        assertThat(watched.status()).as(watched.body()).isEqualTo(201);
        assertThat(emails(watched.json())).containsExactly("billing@contoso.example", "supervisor@helpline.example");
        for (var refused : List.of("agent@operator.example", "user@contoso.example", "partner@litware.example")) {
            var answer = agent.post(cc, ApiClient.json(Map.of("email", refused)));
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.body()).contains("\"field\":\"email\"");
        }
        assertThat(emails(admin.get(cc).json())).containsExactly("billing@contoso.example");

        assertThat(agent.delete(cc + "/billing@contoso.example").status()).isEqualTo(403);
        assertThat(admin.delete(cc + "/supervisor@helpline.example").status()).isEqualTo(404);
        var removed = agent.delete(cc + "/supervisor@helpline.example");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(emails(removed.json())).containsExactly("billing@contoso.example");
        assertThat(admin.delete(cc + "/billing@contoso.example").status()).isEqualTo(200);
        assertThat(admin.delete(cc + "/billing@contoso.example").status()).isEqualTo(404);

        var customerSees = kinds(RequestApi.as(port, ADMIN).read(id));
        assertThat(customerSees).containsOnlyOnce("COPY_ADDED").containsOnlyOnce("COPY_REMOVED");
        var agentSees = kinds(RequestApi.as(port, AGENT).read(id));
        assertThat(agentSees.stream().filter("COPY_ADDED"::equals)).hasSize(2);
        assertThat(audited(request.get("number").asString()))
                .containsSubsequence("request.copy-added", "request.copy-added", "request.copy-removed");
    }

    @Test
    void otherTenantsAndOrganisationsCannotSeeOrChangeTheCopyOfARequest() {
        var request = RequestApi.as(port, ADMIN).file(NewRequests.technical("Isolated " + token));
        var cc = "/api/v1/requests/" + request.get("id").asString() + "/cc";
        ApiClient.as(port, ADMIN).post(cc, ApiClient.json(Map.of("email", "user@contoso.example")));

        for (var stranger : List.of("admin@fabrikam.example", "agent@operator.example", "partner@litware.example")) {
            var client = ApiClient.as(port, stranger);
            assertThat(client.get(cc).status()).as(stranger).isEqualTo(404);
            assertThat(client.post(cc, ApiClient.json(Map.of("email", "user@contoso.example")))
                            .status())
                    .as(stranger)
                    .isEqualTo(404);
            assertThat(client.delete(cc + "/user@contoso.example").status())
                    .as(stranger)
                    .isEqualTo(404);
        }
        assertThat(ApiClient.as(port, "user@contoso.example").get(cc).status()).isEqualTo(403);
        assertThat(emails(ApiClient.as(port, ADMIN).get(cc).json())).containsExactly("user@contoso.example");
        assertThat(ApiClient.as(port, ADMIN)
                        .get("/api/v1/requests/" + UUID.randomUUID() + "/cc")
                        .status())
                .isEqualTo(404);
    }

    private List<String> audited(String number) {
        return jdbc.sql("select action from audit_event where target = :number order by occurred_at")
                .param("number", number)
                .query(String.class)
                .list();
    }

    private static List<String> emails(JsonNode people) {
        var emails = new ArrayList<String>();
        people.forEach(person -> emails.add(person.get("email").asString()));
        return emails;
    }

    private static List<String> kinds(JsonNode request) {
        var kinds = new ArrayList<String>();
        request.get("history").forEach(entry -> kinds.add(entry.get("kind").asString()));
        return kinds;
    }
}
