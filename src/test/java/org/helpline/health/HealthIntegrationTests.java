package org.helpline.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Service health (R-3: current and past issues of each service; a problem listed there needs no
 * request): an issue's lifecycle, services following it, tenant limits, the feed, deflection and bad input.
 */
@HelplineIntegrationTest
class HealthIntegrationTests {

    static final String ORG_ADMIN = "orgadmin@helpline.example";
    static final String SUPERVISOR = "supervisor@helpline.example";
    static final String CONTOSO = "admin@contoso.example";
    static final String FABRIKAM = "admin@fabrikam.example";

    @LocalServerPort
    int port;

    @Autowired
    KnownIssues knownIssues;

    @Test
    void anIncidentGoesFromDeclaredThroughUpdatesToResolvedAndTheServiceFollows() {
        var title = "Sites slow " + UUID.randomUUID();
        var id = declare(SUPERVISOR, issue("incident", title, List.of("sites"), "serviceInterruption", null));
        var contoso = ApiClient.as(port, CONTOSO);

        assertThat(serviceStatus(contoso, "sites")).isEqualTo("serviceInterruption");
        assertThat(ids(contoso.get("/api/v1/health/issues?state=active&service=sites")
                        .json()))
                .contains(id);

        var post = ApiClient.as(port, ORG_ADMIN)
                .post(
                        "/api/v1/health/issues/" + id + "/posts",
                        ApiClient.json(Map.of("status", "restoringService", "message", "Rolling back.")));
        assertThat(post.status()).isEqualTo(201);
        ApiClient.as(port, SUPERVISOR)
                .post(
                        "/api/v1/health/issues/" + id + "/posts",
                        ApiClient.json(Map.of("status", "serviceRestored", "message", "Fixed.")));

        var detail = contoso.get("/api/v1/health/issues/" + id).json();
        assertThat(detail.get("status").asString()).isEqualTo("serviceRestored");
        assertThat(detail.get("resolvedAt").isNull()).isFalse();
        assertThat(detail.get("posts")).hasSize(3);
        assertThat(detail.get("posts").get(1).get("status").asString()).isEqualTo("restoringService");
        assertThat(ids(contoso.get("/api/v1/health/issues?state=active").json()))
                .doesNotContain(id);
        assertThat(ids(contoso.get("/api/v1/health/issues?state=resolved").json()))
                .contains(id);
        var feed = contoso.get("/api/v1/health/feed.atom");
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(feed.body())
                .startsWith("<?xml")
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "urn:uuid:" + id, title, "serviceRestored");
    }

    @Test
    void theDemoShowsPastIncidentsAndAnActiveAdvisory() {
        var contoso = ApiClient.as(port, CONTOSO);
        assertThat(contoso.get("/api/v1/health/issues?state=resolved").json().size())
                .isGreaterThanOrEqualTo(3);
        var active = contoso.get("/api/v1/health/issues?state=active").json();
        assertThat(active.toString()).contains("\"classification\":\"advisory\"");
    }

    @Test
    void anIssueLimitedToTenantsIsSeenOnlyByThem() {
        var fabrikamTenant = ApiClient.as(port, FABRIKAM)
                .get("/api/v1/me")
                .json()
                .get("tenant")
                .get("id")
                .asString();
        var id = declare(
                ORG_ADMIN,
                issue(
                        "advisory",
                        "Fabrikam only " + UUID.randomUUID(),
                        List.of("mail"),
                        "investigating",
                        List.of(fabrikamTenant)));
        assertThat(ids(ApiClient.as(port, FABRIKAM)
                        .get("/api/v1/health/issues?state=active")
                        .json()))
                .contains(id);
        assertThat(ids(ApiClient.as(port, CONTOSO)
                        .get("/api/v1/health/issues?state=active")
                        .json()))
                .doesNotContain(id);
        assertThat(ApiClient.as(port, CONTOSO)
                        .get("/api/v1/health/issues/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.as(port, CONTOSO).get("/api/v1/health/feed.atom").body())
                .doesNotContain(id);
        assertThat(ApiClient.as(port, "admin@northwind.example")
                        .get("/api/v1/health/issues/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void choosingThisIsMyProblemSubscribesAndCountsADeflection() {
        var word = "Quokka" + UUID.randomUUID().toString().substring(0, 6);
        var id = UUID.fromString(declare(
                ORG_ADMIN,
                issue("incident", word + " meetings drop", List.of("meetings"), "serviceDegradation", null)));
        var contosoTenant = UUID.fromString(ApiClient.as(port, CONTOSO)
                .get("/api/v1/me")
                .json()
                .get("tenant")
                .get("id")
                .asString());

        assertThat(knownIssues.matchingActiveIssues("global", contosoTenant, "meetings", null))
                .extracting(KnownIssue::id)
                .contains(id);
        assertThat(knownIssues.matchingActiveIssues(
                        "global", contosoTenant, null, "my " + word.toLowerCase() + " problem"))
                .extracting(KnownIssue::id)
                .containsExactly(id);
        assertThat(knownIssues.matchingActiveIssues("global", contosoTenant, "identity", "unrelated words"))
                .extracting(KnownIssue::id)
                .doesNotContain(id);

        var before = ApiClient.as(port, ORG_ADMIN)
                .get("/api/v1/health/deflections")
                .json()
                .get("deflections")
                .asLong();
        var subscribed = ApiClient.as(port, CONTOSO).post("/api/v1/health/issues/" + id + "/subscription", "");
        assertThat(subscribed.status()).isEqualTo(200);
        ApiClient.as(port, CONTOSO).post("/api/v1/health/issues/" + id + "/subscription", "");
        var stats =
                ApiClient.as(port, ORG_ADMIN).get("/api/v1/health/deflections").json();
        assertThat(stats.get("deflections").asLong()).isEqualTo(before + 1);
        assertThat(stats.get("rate").asDouble()).isPositive();
        assertThat(ApiClient.as(port, "user@contoso.example")
                        .post("/api/v1/health/issues/" + id + "/subscription", "")
                        .status())
                .isIn(200, 403);
    }

    @Test
    void onlyOrganisationAdminsAndSupervisorsDeclare() {
        var body = ApiClient.json(issue("incident", "Nope", List.of("mail"), "investigating", null));
        assertThat(ApiClient.as(port, CONTOSO)
                        .post("/api/v1/health/issues", body)
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "agent@helpline.example")
                        .post("/api/v1/health/issues", body)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var admin = ApiClient.as(port, ORG_ADMIN);
        assertField(
                admin.post(
                        "/api/v1/health/issues",
                        ApiClient.json(issue("outage", "T", List.of("mail"), "investigating", null))),
                "classification");
        assertField(
                admin.post(
                        "/api/v1/health/issues",
                        ApiClient.json(issue("incident", "T", List.of("mail"), "onFire", null))),
                "status");
        assertField(
                admin.post(
                        "/api/v1/health/issues",
                        ApiClient.json(issue("incident", "T", List.of("nope"), "investigating", null))),
                "services");
        assertField(
                admin.post(
                        "/api/v1/health/issues",
                        ApiClient.json(issue(
                                "incident",
                                "T",
                                List.of("mail"),
                                "investigating",
                                List.of(UUID.randomUUID().toString())))),
                "tenants");
        assertField(
                admin.post(
                        "/api/v1/health/issues",
                        ApiClient.json(issue("incident", "", List.of("mail"), "investigating", null))),
                "title");
        var id = declare(
                ORG_ADMIN,
                issue("incident", "Post target " + UUID.randomUUID(), List.of("mail"), "investigating", null));
        assertField(
                admin.post("/api/v1/health/issues/" + id + "/posts", "{\"status\":\"bad\",\"message\":\"m\"}"),
                "status");
        assertField(admin.post("/api/v1/health/issues/" + id + "/posts", "{\"status\":\"investigating\"}"), "message");
        assertField(ApiClient.as(port, CONTOSO).get("/api/v1/health/issues?state=later"), "state");
    }

    private void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private String declare(String login, Map<String, Object> body) {
        var response = ApiClient.as(port, login).post("/api/v1/health/issues", ApiClient.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> issue(
            String classification, String title, List<String> services, String status, List<String> tenants) {
        var body = new HashMap<String, Object>(Map.of(
                "classification",
                classification,
                "title",
                title,
                "services",
                services,
                "status",
                status,
                "impactDescription",
                "Users are affected."));
        if (tenants != null) {
            body.put("tenants", tenants);
        }
        return body;
    }

    private static String serviceStatus(ApiClient client, String serviceId) {
        for (var service : client.get("/api/v1/health/services").json()) {
            if (service.get("serviceId").asString().equals(serviceId)) {
                return service.get("status").asString();
            }
        }
        throw new AssertionError("no service " + serviceId);
    }

    private static List<String> ids(JsonNode issues) {
        var ids = new java.util.ArrayList<String>();
        issues.forEach(issue -> ids.add(issue.get("id").asString()));
        return ids;
    }
}
