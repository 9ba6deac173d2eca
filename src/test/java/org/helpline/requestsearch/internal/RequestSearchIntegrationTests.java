package org.helpline.requestsearch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.requests.FoundRequests;
import org.helpline.requests.NewRequests;
import org.helpline.requests.RequestQuery;
import org.helpline.requests.RequestSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Search of requests through {@code GET /api/v1/requests?q=}: the languages' analysis, highlights,
 * filters and the number typeahead; that nobody finds or counts what they may not see (other
 * tenants, other organisations, requests not routed to their partner, internal notes for tenant
 * admins); and that a message written on one node is found on another node's index within 2 s.
 */
@HelplineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RequestSnapshots snapshots;

    @Autowired
    SearchChangeLog changes;

    @Autowired
    SearchSettings settings;

    @Autowired
    Environment environment;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    private final String token =
            "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final Map<String, JsonNode> filed = new HashMap<>();

    @BeforeAll
    void fileOneRequestPerAudience() {
        var contoso = NewRequests.technical("Skrzynki pocztowe <b>nie działają</b> " + token);
        NewRequests.contactOf(contoso).put("language", "pl");
        filed.put("contoso", file("admin@contoso.example", contoso));
        var fabrikam = NewRequests.technical("Mailboxes are failing " + token);
        NewRequests.contactOf(fabrikam).put("email", "frank.miller@fabrikam.example");
        filed.put("fabrikam", file("admin@fabrikam.example", fabrikam));
        var routed = NewRequests.technical("Routed to the partner " + token);
        routed.put("routeTo", "PARTNER");
        NewRequests.contactOf(routed).put("email", "admin@fabrikam.example");
        filed.put("litware", file("admin@fabrikam.example", routed));
        var northwind = NewRequests.technical("邮件服务器 无法 发送 " + token);
        NewRequests.contactOf(northwind).put("language", "zh-CN");
        NewRequests.contactOf(northwind).put("email", "admin@northwind.example");
        filed.put("northwind", file("admin@northwind.example", northwind));
    }

    @Test
    void polishInflectedWordsFindTheRequestWithTheTitleEscapedAndMarked() {
        var page = awaitSearch("admin@contoso.example", "skrzynka pocztowa " + token, 1);

        assertThat(ids(page)).containsExactly(id("contoso"));
        var title = page.get("matches").get(0).get("titleHtml").asString();
        assertThat(title)
                .contains("<mark>Skrzynki</mark>", "<mark>pocztowe</mark>", "&lt;b&gt;")
                .doesNotContain("<b>");
    }

    @Test
    void chineseIsSegmentedAndEnglishStemmed() {
        assertThat(ids(awaitSearch("admin@northwind.example", "邮件 " + token, 1)))
                .containsExactly(id("northwind"));
        assertThat(ids(awaitSearch("admin@fabrikam.example", "mailbox fail " + token, 1)))
                .containsExactly(id("fabrikam"));
    }

    @Test
    void everyoneFindsAndCountsOnlyTheRequestsTheyMaySee() {
        assertThat(ids(awaitSearch("admin@contoso.example", token, 1))).containsExactly(id("contoso"));
        assertThat(ids(awaitSearch("admin@fabrikam.example", token, 2)))
                .containsExactlyInAnyOrder(id("fabrikam"), id("litware"));
        assertThat(ids(awaitSearch("agent@helpline.example", token, 2)))
                .containsExactlyInAnyOrder(id("contoso"), id("fabrikam"));
        assertThat(ids(awaitSearch("partner@litware.example", token, 1))).containsExactly(id("litware"));
        assertThat(ids(awaitSearch("agent@operator.example", token, 1))).containsExactly(id("northwind"));
        assertThat(search("admin@contoso.example", "Mailboxes failing " + token)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search("partner@litware.example", "Skrzynki " + token)
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void tenantAdminsNeverFindTheWordsOfInternalNotes() {
        var secret = token + "note";
        var request = id("contoso");
        var note = message("agent@helpline.example", request, "Checked the relay: " + secret, true);
        assertThat(note.status()).as(note.body()).isEqualTo(201);

        assertThat(ids(awaitSearch("agent@helpline.example", secret, 1))).containsExactly(request);
        var asAdmin = search("admin@contoso.example", secret);
        assertThat(asAdmin.get("total").asLong()).isZero();
        var byTitle = search("admin@contoso.example", "Skrzynki " + token);
        assertThat(byTitle.get("matches").get(0).get("snippetHtml").asString()).doesNotContain(secret);
    }

    @Test
    void theRequesterAndTheNumberFindTheRequest() {
        var number = filed.get("fabrikam").get("number").asString();

        assertThat(ids(awaitSearch("agent@helpline.example", "frank.miller@fabrikam.example " + token, 1)))
                .containsExactly(id("fabrikam"));
        assertThat(ids(awaitSearch("agent@helpline.example", number, 1)))
                .first()
                .isEqualTo(id("fabrikam"));
    }

    @Test
    void filtersNarrowTheSearch() {
        awaitSearch("admin@fabrikam.example", token, 2);

        assertThat(search("admin@fabrikam.example", token + "&status=NEW")
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(search("admin@fabrikam.example", token + "&status=RESOLVED")
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search("admin@fabrikam.example", token + "&severity=C")
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search("admin@fabrikam.example", token + "&service=mail&language=en&size=1")
                        .get("items")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void numbersAreSuggestedByTheirStartOrTheirCountWithinTheReadersRequests() {
        var number = filed.get("contoso").get("number").asString();
        var count = number.substring(number.lastIndexOf('-') + 1).replaceFirst("^0+", "");
        var letters = number.substring(0, number.indexOf('-'));
        awaitSearch("admin@contoso.example", token, 1);

        assertThat(numbers("admin@contoso.example", count)).contains(number);
        assertThat(numbers("admin@contoso.example", letters + "-" + count)).contains(number);
        assertThat(numbers("admin@contoso.example", number.substring(0, number.length() - 2)))
                .contains(number);
        assertThat(numbers("admin@fabrikam.example", number)).doesNotContain(number);
        assertThat(numbers("agent@operator.example", number)).isEmpty();
    }

    @Test
    void badSearchesAreRefusedNamingTheField() {
        var admin = ApiClient.as(port, "admin@contoso.example");

        assertRefused(admin.get("/api/v1/requests?q=%20"), "q");
        assertRefused(admin.get("/api/v1/requests?q=" + "a".repeat(201)), "q");
        assertRefused(admin.get("/api/v1/requests?severity=A"), "severity");
        assertRefused(admin.get("/api/v1/requests?q=x&page=100000"), "page");
        assertThat(admin.get("/api/v1/requests?q=" + encode("\"unbalanced (* -"))
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.as(port, "user@contoso.example")
                        .get("/api/v1/requests?q=x")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMessageWrittenHereIsFoundByAnotherNodesIndexWithinTwoSeconds() throws Exception {
        var other = new RequestIndex(
                snapshots,
                changes,
                settings,
                new RequestSearchProperties(
                        java.nio.file.Files.createTempDirectory("request-index-")
                                .toString(),
                        Duration.ofMillis(500),
                        Duration.ofDays(7)),
                environment,
                clock);
        other.start();
        try {
            var otherFinder = new IndexedRequestFinder(other);
            var word = token + "fresh";
            var scope = RequestQuery.Scope.organisation("global");
            assertThat(otherFinder.find(query(scope, word)).total()).isZero();

            var response = message("admin@contoso.example", id("contoso"), "Still failing: " + word, false);
            assertThat(response.status()).as(response.body()).isEqualTo(201);

            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> assertThat(
                                    otherFinder.find(query(scope, word)).matches())
                            .extracting(FoundRequests.Match::requestId)
                            .containsExactly(UUID.fromString(id("contoso"))));
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() ->
                            !search("admin@contoso.example", word).get("items").isEmpty());
        } finally {
            other.stop();
        }
    }

    @Test
    void theSearchPagesShowMarkedResultsInTheReadersLanguageAndOnlyTheirRequests() throws Exception {
        awaitSearch("agent@helpline.example", token, 2);

        var agent = page("/workspace/search?q=" + encode("skrzynka " + token), "agent@helpline.example", "pl");
        assertThat(agent)
                .contains("Szukaj zgłoszeń", "Znaleziono 1 zgłoszenie", "<mark>Skrzynki</mark>", "&lt;b&gt;")
                .contains("/workspace/requests/" + id("contoso"))
                .doesNotContain("<b>nie");
        var admin = page("/requests/search?q=" + encode(token) + "&status=NEW", "admin@fabrikam.example", "zh-CN");
        assertThat(admin)
                .contains("搜索请求", "找到 2 个请求", "/requests/" + id("fabrikam"), "/requests/" + id("litware"))
                .doesNotContain(id("contoso"));
        var refused = page("/requests/search?q=" + "a".repeat(201), "admin@contoso.example", "en");
        assertThat(refused).contains("Type 1 to 200 characters");
        assertThat(page("/workspace/queue", "agent@helpline.example", "en"))
                .contains("request-search-q", "/workspace/search");
        assertThat(page("/requests", "admin@contoso.example", "en")).contains("request-search-q", "/requests/search");
    }

    @Test
    void anExactNumberOpensTheRequestAndTheTypeaheadOffersNumbers() throws Exception {
        var number = filed.get("contoso").get("number").asString();
        awaitSearch("admin@contoso.example", token, 1);

        mvc.perform(get("/requests/search").param("q", number).with(signedIn.as("admin@contoso.example")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/requests/" + id("contoso")));
        assertThat(page("/search/request-numbers?q=" + encode(number), "admin@contoso.example", "en"))
                .contains("<option value=\"" + number + "\">");
        assertThat(page("/search/request-numbers?q=" + encode(number), "admin@fabrikam.example", "en"))
                .doesNotContain(number);
    }

    private String page(String path, String login, String language) throws Exception {
        var response = mvc.perform(get(path).with(signedIn.as(login)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static RequestQuery query(RequestQuery.Scope scope, String text) {
        return new RequestQuery(scope, text, null, null, null, null, 0, 10);
    }

    private JsonNode file(String login, Map<String, Object> body) {
        var response = ApiClient.as(port, login).post("/api/v1/requests", ApiClient.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private ApiClient.Response message(String login, String requestId, String body, boolean internal) {
        var api = ApiClient.as(port, login);
        var version =
                api.get("/api/v1/requests/" + requestId).json().get("version").asLong();
        return api.post(
                "/api/v1/requests/" + requestId + "/messages",
                ApiClient.json(Map.of("body", body, "internal", internal, "version", version)));
    }

    private String id(String audience) {
        return filed.get(audience).get("id").asString();
    }

    private JsonNode search(String login, String qAndFilters) {
        var q = qAndFilters.contains("&") ? qAndFilters.substring(0, qAndFilters.indexOf('&')) : qAndFilters;
        var rest = qAndFilters.substring(q.length());
        var response = ApiClient.as(port, login).get("/api/v1/requests?q=" + encode(q) + rest);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Waits the 2 s a change may take to reach the index for the search to find {@code count} requests. */
    private JsonNode awaitSearch(String login, String q, int count) {
        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> search(login, q).get("total").asLong() >= count);
        var page = search(login, q);
        assertThat(page.get("total").asLong()).isEqualTo(count);
        return page;
    }

    private List<String> numbers(String login, String prefix) {
        var response = ApiClient.as(port, login).get("/api/v1/requests/numbers?prefix=" + encode(prefix));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var numbers = new ArrayList<String>();
        response.json().forEach(node -> numbers.add(node.asString()));
        return numbers;
    }

    private static List<String> ids(JsonNode page) {
        var found = new ArrayList<String>();
        page.get("items").forEach(item -> found.add(item.get("id").asString()));
        return found;
    }

    private static void assertRefused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body().toLowerCase(Locale.ROOT)).contains("\"" + field + "\"");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
