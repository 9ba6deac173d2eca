package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Tenant isolation (R-6 routing included): every request endpoint, tried by everyone who must not
 * see the request, answers 404 as if it did not exist; those who may see it do.
 */
@HelplineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestVisibilityIntegrationTests {

    @LocalServerPort
    int port;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> ids = new java.util.HashMap<>();

    @BeforeAll
    void fileOneRequestPerAudience() {
        ids.put(
                "contoso",
                RequestApi.as(port, "admin@contoso.example")
                        .file(NewRequests.technical("Contoso " + token))
                        .get("id")
                        .asString());
        var fabrikam = RequestApi.as(port, "admin@fabrikam.example");
        ids.put(
                "fabrikam",
                fabrikam.file(NewRequests.critical("Fabrikam " + token))
                        .get("id")
                        .asString());
        var routed = NewRequests.critical("Fabrikam via Litware " + token);
        routed.put("routeTo", "PARTNER");
        ids.put("litware", fabrikam.file(routed).get("id").asString());
        var northwind = NewRequests.technical("Northwind " + token);
        northwind.put("contact", NewRequests.contact("+86 10 5555 0100", "admin@northwind.example", false));
        ids.put(
                "northwind",
                RequestApi.as(port, "admin@northwind.example")
                        .file(northwind)
                        .get("id")
                        .asString());
    }

    static Stream<Arguments> strangers() {
        var pairs = List.of(
                List.of("admin@contoso.example", "fabrikam"),
                List.of("admin@contoso.example", "litware"),
                List.of("admin@contoso.example", "northwind"),
                List.of("admin@fabrikam.example", "contoso"),
                List.of("billing@contoso.example", "fabrikam"),
                List.of("admin@northwind.example", "contoso"),
                List.of("agent@operator.example", "contoso"),
                List.of("agent@operator.example", "fabrikam"),
                List.of("agent@helpline.example", "litware"),
                List.of("agent@helpline.example", "northwind"),
                List.of("supervisor@helpline.example", "litware"),
                List.of("supervisor@operator.example", "fabrikam"),
                List.of("partner@litware.example", "contoso"),
                List.of("partner@litware.example", "fabrikam"),
                List.of("partner@litware.example", "northwind"));
        var endpoints = List.of("read", "messages", "status", "severity", "assign");
        var arguments = new ArrayList<Arguments>();
        for (var pair : pairs) {
            for (var endpoint : endpoints) {
                arguments.add(Arguments.of(pair.get(0), pair.get(1), endpoint));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} request: {2}")
    @MethodSource("strangers")
    void everyEndpointAnswers404ToThoseWhoMayNotSeeTheRequest(String login, String request, String endpoint) {
        var api = RequestApi.as(port, login);
        var path = "/api/v1/requests/" + ids.get(request);
        var response = switch (endpoint) {
            case "read" -> api.get(path);
            case "messages" -> api.post(path + "/messages", Map.of("body", "Hello", "version", 0));
            case "status" -> api.post(path + "/status", Map.of("status", "RESOLVED", "version", 0));
            case "severity" -> api.post(path + "/severity", Map.of("severity", "C", "reason", "probe", "version", 0));
            default -> api.post(path + "/assign", Map.of("version", 0));
        };

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).endsWith("/not-found");
    }

    @Test
    void nothingChangedThroughTheProbes() {
        for (var id : ids.values()) {
            var owner = id.equals(ids.get("contoso"))
                    ? "admin@contoso.example"
                    : id.equals(ids.get("northwind")) ? "admin@northwind.example" : "admin@fabrikam.example";
            var request = RequestApi.as(port, owner).read(id);
            assertThat(request.get("status").asString()).isEqualTo("NEW");
            assertThat(request.get("messages").size()).isZero();
        }
    }

    @Test
    void r6_thePartnersAgentSeesTheRequestRoutedToThePartner() {
        var partner = RequestApi.as(port, "partner@litware.example");

        assertThat(partner.get("/api/v1/requests/" + ids.get("litware")).status())
                .isEqualTo(200);
        assertThat(numbersOf(partner.get("/api/v1/requests?size=200").json()))
                .contains(ids.get("litware"))
                .doesNotContain(ids.get("fabrikam"), ids.get("contoso"));
        assertThat(numbersOf(partner.get("/api/v1/queue?size=200").json()))
                .contains(ids.get("litware"))
                .doesNotContain(ids.get("fabrikam"));
    }

    @Test
    void agentsSeeTheRequestsOfTheirOwnOrganisationHandledByTheProvider() {
        var global = RequestApi.as(port, "agent@helpline.example");
        var operator = RequestApi.as(port, "agent@operator.example");

        assertThat(global.get("/api/v1/requests/" + ids.get("contoso")).status())
                .isEqualTo(200);
        assertThat(global.get("/api/v1/requests/" + ids.get("fabrikam")).status())
                .isEqualTo(200);
        assertThat(operator.get("/api/v1/requests/" + ids.get("northwind")).status())
                .isEqualTo(200);
        assertThat(numbersOf(global.get("/api/v1/queue?size=200").json()))
                .contains(ids.get("fabrikam"))
                .doesNotContain(ids.get("litware"), ids.get("northwind"));
        assertThat(numbersOf(operator.get("/api/v1/queue?size=200").json()))
                .contains(ids.get("northwind"))
                .doesNotContain(ids.get("contoso"), ids.get("fabrikam"));
    }

    @Test
    void tenantAdminsListOnlyTheirTenantsRequests() {
        var contoso = numbersOf(RequestApi.as(port, "admin@contoso.example")
                .get("/api/v1/requests?size=200")
                .json());
        var fabrikam = numbersOf(RequestApi.as(port, "admin@fabrikam.example")
                .get("/api/v1/requests?size=200")
                .json());

        assertThat(contoso)
                .contains(ids.get("contoso"))
                .doesNotContain(ids.get("fabrikam"), ids.get("litware"), ids.get("northwind"));
        assertThat(fabrikam).contains(ids.get("fabrikam"), ids.get("litware")).doesNotContain(ids.get("contoso"));
    }

    @Test
    void r1_usersAndOrganisationAdminsSeeNoRequestsAndCustomersHaveNoQueue() {
        var user = RequestApi.as(port, "user@contoso.example").get("/api/v1/requests");
        assertThat(user.status()).isEqualTo(403);
        assertThat(user.json().get("type").asString()).endsWith("/assisted-support-for-admins-only");
        assertThat(RequestApi.as(port, "user@contoso.example")
                        .get("/api/v1/requests/" + ids.get("contoso"))
                        .status())
                .isEqualTo(403);
        assertThat(RequestApi.as(port, "orgadmin@helpline.example")
                        .get("/api/v1/requests")
                        .status())
                .isEqualTo(403);
        assertThat(RequestApi.as(port, "admin@contoso.example")
                        .get("/api/v1/queue")
                        .status())
                .isEqualTo(403);
        assertThat(RequestApi.as(port, "user@contoso.example")
                        .get("/api/v1/queue")
                        .status())
                .isEqualTo(403);
    }

    private static List<String> numbersOf(JsonNode page) {
        var found = new ArrayList<String>();
        page.get("items").forEach(item -> found.add(item.get("id").asString()));
        return found;
    }
}
