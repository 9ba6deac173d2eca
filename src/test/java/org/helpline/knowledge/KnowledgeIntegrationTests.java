package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Self-help over the API on the demo articles (R-4: suggestions while typing, ranked results; R-13:
 * open to every user, admin or not): Polish, English and Chinese analysis, typos and prefixes,
 * audience, drafts and organisation isolation, writes seen within seconds, analytics and bad input.
 */
@HelplineIntegrationTest
class KnowledgeIntegrationTests {

    static final String CONTOSO_ADMIN = "admin@contoso.example";
    static final String CONTOSO_USER = "user@contoso.example";
    static final String ORG_ADMIN = "orgadmin@helpline.example";

    @LocalServerPort
    int port;

    @Test
    void polishInflectionFindsTheArticle() {
        assertThat(titles(search(CONTOSO_ADMIN, "skrzynki pocztowej", "pl")))
                .contains("Jak odzyskać usuniętą skrzynkę pocztową");
        assertThat(titles(search(CONTOSO_ADMIN, "hasła", "pl"))).contains("Jak zresetować hasło użytkownika");
    }

    @Test
    void snippetsMarkEveryInflectedFormOfTheWordsSearched() {
        var hit = search(CONTOSO_ADMIN, "skrzynki pocztowej", "pl").get("items").get(0);
        var snippet = hit.get("snippet").asString().toLowerCase(java.util.Locale.ROOT);

        assertThat(snippet).containsPattern("<mark>skrzynk[a-zęąó]*</mark>");
        assertThat(snippet).containsPattern("<mark>pocztow[a-zęąó]*</mark>");
        assertThat(snippet).doesNotContain("<mark></mark>");
    }

    @Test
    void polishWithoutDiacriticsFindsTheArticle() {
        var results = search(CONTOSO_ADMIN, "haslo", "pl");
        assertThat(titles(results).get(0)).contains("hasło");
        assertThat(results.get("items").get(0).get("snippet").asString()).contains("<mark>");
    }

    @Test
    void englishStemmingFindsTheArticle() {
        assertThat(titles(search(CONTOSO_ADMIN, "resetting passwords", "en")))
                .contains("How to reset a user's password");
    }

    @Test
    void chineseSegmentationFindsTheArticle() {
        assertThat(titles(search("admin@northwind.example", "邮箱", "zh"))).contains("创建共享邮箱");
        assertThat(titles(search(CONTOSO_ADMIN, "密码", "zh")).get(0)).contains("密码");
    }

    @Test
    void searchHasFacetsTotalsAndPages() {
        var all = search(CONTOSO_ADMIN, "mailbox", "en");
        assertThat(all.get("total").asLong()).isGreaterThan(1);
        assertThat(all.get("services").toString()).contains("\"value\":\"mail\"");
        assertThat(all.get("languages").toString()).contains("\"value\":\"en\"");
        var mailOnly =
                ApiClient.as(port, CONTOSO_ADMIN).get("/api/v1/kb/search?q=mailbox&lang=en&service=mail&size=1&page=1");
        assertThat(mailOnly.status()).isEqualTo(200);
        assertThat(mailOnly.json().get("items")).hasSize(1);
        assertThat(mailOnly.json().get("page").asInt()).isEqualTo(1);
    }

    @Test
    void suggestionsMatchTheStartOfAnyWordOfATitleInTheReadersLanguageFirst() {
        var suggestions = suggest(CONTOSO_ADMIN, "hasl", "pl");
        assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(suggestions.get(0).get("title").asString()).containsIgnoringCase("hasł");
        assertThat(suggestions.get(0).get("highlight").asString()).contains("<mark>hasł</mark>");
        assertThat(suggestions.stream().map(s -> s.get("articleId").asString()).toList())
                .doesNotHaveDuplicates();
        assertThat(titlesOf(suggest(CONTOSO_ADMIN, "pocztow", "pl")))
                .contains("Jak odzyskać usuniętą skrzynkę pocztową");
    }

    @Test
    void suggestionsTolerateOneTypo() {
        assertThat(titlesOf(suggest(CONTOSO_ADMIN, "pasword", "en"))).anyMatch(title -> title.contains("password"));
        assertThat(titlesOf(suggest(CONTOSO_ADMIN, "mialbox", "en"))).anyMatch(title -> title.contains("mailbox"));
    }

    @Test
    void searchToleratesATypoWhenNothingMatchesExactly() {
        var results = search(CONTOSO_ADMIN, "mailbxo", "en");
        assertThat(results.get("approximate").asBoolean()).isTrue();
        assertThat(titles(results)).anyMatch(title -> title.toLowerCase().contains("mailbox"));
    }

    @Test
    void aUserDoesNotSeeArticlesForAdmins() {
        var adminsOnly = "Jak odzyskać usuniętą skrzynkę pocztową";
        assertThat(titles(search(CONTOSO_USER, "skrzynka pocztowa", "pl"))).doesNotContain(adminsOnly);
        assertThat(titlesOf(suggest(CONTOSO_USER, "odzysk", "pl"))).doesNotContain(adminsOnly);
        String id = null;
        for (var item : search(CONTOSO_ADMIN, "skrzynka pocztowa", "pl").get("items")) {
            if (item.get("title").asString().equals(adminsOnly)) {
                id = item.get("articleId").asString();
            }
        }
        assertThat(ApiClient.as(port, CONTOSO_ADMIN)
                        .get("/api/v1/kb/articles/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.as(port, CONTOSO_USER)
                        .get("/api/v1/kb/articles/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aPublishedArticleIsFoundWithinTwoSecondsAndADraftIsNot() {
        var word = "zyrafa" + UUID.randomUUID().toString().substring(0, 6);
        var published = create(ORG_ADMIN, "Konfiguracja " + word, "pl", true, "EVERYONE");
        create(ORG_ADMIN, "Szkic " + word + " roboczy", "pl", false, "EVERYONE");
        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() ->
                        assertThat(titles(search(CONTOSO_USER, word, "pl"))).containsExactly("Konfiguracja " + word));
        assertThat(titlesOf(suggest(CONTOSO_USER, word, "pl"))).containsExactly("Konfiguracja " + word);
        assertThat(ApiClient.as(port, CONTOSO_USER)
                        .get("/api/v1/kb/articles/" + published)
                        .json()
                        .get("html")
                        .asString())
                .contains("<strong>");
    }

    @Test
    void anotherOrganisationsArticlesStayInvisible() {
        var word = "operatorword" + UUID.randomUUID().toString().substring(0, 6);
        var id = create("orgadmin@operator.example", "Regional " + word, "en", true, "EVERYONE");
        await().atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(titles(search("admin@northwind.example", word, "en")))
                        .containsExactly("Regional " + word));
        assertThat(search(CONTOSO_ADMIN, word, "en").get("total").asLong()).isZero();
        assertThat(suggest(CONTOSO_ADMIN, word, "en")).isEmpty();
        assertThat(ApiClient.as(port, CONTOSO_ADMIN)
                        .get("/api/v1/kb/articles/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anEditIsFoundAndTheOldTitleIsNot() {
        var before = "okapi" + UUID.randomUUID().toString().substring(0, 6);
        var after = "tapir" + UUID.randomUUID().toString().substring(0, 6);
        var id = create(ORG_ADMIN, "Guide " + before, "en", true, "EVERYONE");
        var update = ApiClient.as(port, ORG_ADMIN)
                .put(
                        "/api/v1/kb/articles/" + id,
                        ApiClient.json(article("Guide " + after, "en", true, "EVERYONE", 0L)));
        assertThat(update.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(titles(search(CONTOSO_ADMIN, after, "en"))).containsExactly("Guide " + after);
            assertThat(suggest(CONTOSO_ADMIN, before, "en")).isEmpty();
        });
        var stale = ApiClient.as(port, ORG_ADMIN)
                .put("/api/v1/kb/articles/" + id, ApiClient.json(article("Guide again", "en", true, "EVERYONE", 0L)));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void anImportWithABrokenFileImportsTheRestAndNamesTheBrokenFile() {
        var word = "lemur" + UUID.randomUUID().toString().substring(0, 6);
        var good = "---\ntitle: Import " + word + "\nlanguage: en\nservices: [mail]\n---\nImported **body**.\n";
        var badLanguage = "---\ntitle: Broken\nlanguage: klingon\nservices: [mail]\n---\nbody\n";
        var response = ApiClient.as(port, ORG_ADMIN)
                .post(
                        "/api/v1/kb/imports",
                        ApiClient.json(Map.of(
                                "files",
                                List.of(
                                        Map.of("name", "good.md", "content", good),
                                        Map.of("name", "broken.md", "content", badLanguage),
                                        Map.of("name", "no-front-matter.md", "content", "# nothing")))));
        assertThat(response.status()).isEqualTo(200);
        var report = response.json();
        assertThat(report.get("imported")).hasSize(1);
        assertThat(report.get("imported").get(0).get("file").asString()).isEqualTo("good.md");
        assertThat(report.get("failed")).hasSize(2);
        assertThat(report.get("failed").get(0).get("file").asString()).isEqualTo("broken.md");
        assertThat(report.get("failed").get(0).get("error").asString()).contains("language");
        assertThat(report.get("failed").get(1).get("error").asString()).contains("frontMatter");
        await().atMost(Duration.ofSeconds(2))
                .untilAsserted(() ->
                        assertThat(titles(search(CONTOSO_ADMIN, word, "en"))).containsExactly("Import " + word));
    }

    @Test
    void analyticsCountSearchesQueriesWithoutResultsPicksAndAnswers() {
        var nothing = "nothingmatches" + UUID.randomUUID().toString().substring(0, 6);
        search(CONTOSO_ADMIN, nothing, "en");
        var id = search(CONTOSO_ADMIN, "shared mailbox", "en")
                .get("items")
                .get(0)
                .get("articleId")
                .asString();
        var admin = ApiClient.as(port, CONTOSO_ADMIN);
        assertThat(admin.post("/api/v1/kb/articles/" + id + "/feedback", "{\"helpful\":true}")
                        .status())
                .isEqualTo(204);
        assertThat(admin.post("/api/v1/kb/suggestions/picks", ApiClient.json(Map.of("articleId", id, "query", "shar")))
                        .status())
                .isEqualTo(204);

        var report = ApiClient.as(port, ORG_ADMIN).get("/api/v1/kb/analytics").json();
        assertThat(report.get("noResultQueries").toString()).contains(nothing);
        assertThat(report.get("topQueries").toString()).contains("shared mailbox");
        assertThat(report.get("suggestionClicks").toString()).contains(id);
        assertThat(report.get("feedback").toString()).contains(id);
        assertThat(ApiClient.as(port, CONTOSO_ADMIN).get("/api/v1/kb/analytics").status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var admin = ApiClient.as(port, ORG_ADMIN);
        assertField(
                admin.post("/api/v1/kb/articles", ApiClient.json(article("T", "klingon", true, "EVERYONE", null))),
                "language");
        assertField(
                admin.post("/api/v1/kb/articles", ApiClient.json(article("", "en", true, "EVERYONE", null))), "title");
        assertField(
                admin.post("/api/v1/kb/articles", ApiClient.json(article("T", "en", true, "MARTIANS", null))),
                "audience");
        var unknownService = new java.util.HashMap<>(article("T", "en", true, "EVERYONE", null));
        unknownService.put("services", List.of("teleportation"));
        assertField(admin.post("/api/v1/kb/articles", ApiClient.json(unknownService)), "services");
        assertField(
                admin.put(
                        "/api/v1/kb/articles/" + UUID.randomUUID(),
                        ApiClient.json(article("T", "en", true, "EVERYONE", null))),
                "version");
        assertField(admin.post("/api/v1/kb/imports", "{\"files\":[]}"), "files");
        var reader = ApiClient.as(port, CONTOSO_ADMIN);
        assertField(reader.get("/api/v1/kb/suggest"), "q");
        assertField(reader.get("/api/v1/kb/suggest?q=ab&lang=xx"), "lang");
        assertField(reader.get("/api/v1/kb/search?q=%20"), "q");
        assertField(reader.get("/api/v1/kb/search?q=mail&size=0"), "size");
        assertField(reader.get("/api/v1/kb/search?q=mail&page=-1"), "page");
        assertField(reader.get("/api/v1/kb/search?q=mail&service=nope"), "service");
        assertField(reader.get("/api/v1/kb/search?q=" + "x".repeat(201)), "q");
        assertField(reader.post("/api/v1/kb/articles/" + UUID.randomUUID() + "/feedback", "{}"), "helpful");
        assertThat(reader.post("/api/v1/kb/articles", ApiClient.json(article("T", "en", true, "EVERYONE", null)))
                        .status())
                .isEqualTo(403);
    }

    private void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    private String create(String login, String title, String language, boolean published, String audience) {
        var response = ApiClient.as(port, login)
                .post("/api/v1/kb/articles", ApiClient.json(article(title, language, published, audience, null)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    static Map<String, Object> article(
            String title, String language, boolean published, String audience, Long version) {
        var body = new java.util.HashMap<String, Object>(Map.of(
                "title",
                title,
                "body",
                "Some **steps** to follow.",
                "language",
                language,
                "services",
                List.of("mail"),
                "tags",
                List.of("test"),
                "audience",
                audience,
                "published",
                published));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private JsonNode search(String login, String q, String lang) {
        var response = ApiClient.as(port, login)
                .get("/api/v1/kb/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&lang=" + lang);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<JsonNode> suggest(String login, String q, String lang) {
        var response = ApiClient.as(port, login)
                .get("/api/v1/kb/suggest?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&lang=" + lang);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var list = new ArrayList<JsonNode>();
        response.json().forEach(list::add);
        return list;
    }

    private static List<String> titles(JsonNode results) {
        var titles = new ArrayList<String>();
        results.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private static List<String> titlesOf(List<JsonNode> suggestions) {
        return suggestions.stream().map(s -> s.get("title").asString()).toList();
    }
}
