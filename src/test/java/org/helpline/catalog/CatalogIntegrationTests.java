package org.helpline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.RequestCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HelplineIntegrationTest
class CatalogIntegrationTests {

    private static final String CONTOSO = "admin@contoso.example";
    private static final String NORTHWIND = "admin@northwind.example";
    private static final List<String> SERVICE_IDS =
            List.of("mail", "sites", "meetings", "desktop-apps", "identity", "admin-center");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = new JsonMapper();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @ParameterizedTest
    @ValueSource(strings = {CONTOSO, NORTHWIND})
    void bothOrganisationsHaveTheSixServicesNamedInEveryLanguage(String login) throws Exception {
        for (var lang : List.of("pl", "en", "zh-CN")) {
            var services = get("/api/v1/catalog/services?lang=" + lang, login);
            assertThat(ids(services)).containsExactlyElementsOf(SERVICE_IDS);
            services.forEach(service -> {
                assertThat(service.get("name").asString())
                        .isNotBlank()
                        .isNotEqualTo(service.get("id").asString());
                assertThat(service.get("description").asString()).isNotBlank();
            });
        }
        assertThat(nameOf(get("/api/v1/catalog/services?lang=pl", login), "mail"))
                .isEqualTo("Poczta e-mail");
        assertThat(nameOf(get("/api/v1/catalog/services?lang=en", login), "mail"))
                .isEqualTo("Email");
        assertThat(nameOf(get("/api/v1/catalog/services?lang=zh-CN", login), "mail"))
                .isEqualTo("电子邮件");
    }

    @Test
    void chineseTagsReadSimplifiedChineseAndOtherLanguagesEnglish() throws Exception {
        assertThat(nameOf(get("/api/v1/catalog/services?lang=zh-Hans", NORTHWIND), "meetings"))
                .isEqualTo("联机会议和聊天");
        assertThat(nameOf(get("/api/v1/catalog/services?lang=zh", NORTHWIND), "meetings"))
                .isEqualTo("联机会议和聊天");
        assertThat(nameOf(get("/api/v1/catalog/services?lang=de", NORTHWIND), "meetings"))
                .isEqualTo("Online meetings and chat");
    }

    @ParameterizedTest
    @ValueSource(strings = {CONTOSO, NORTHWIND})
    void billingClassificationsAreExactlyTheExamplesOfR15(String login) throws Exception {
        var billing = category(get("/api/v1/catalog/categories?lang=en", login), "BILLING");
        assertThat(ids(billing.get("classifications")))
                .containsExactly(
                        "trial-account",
                        "purchase-account",
                        "convert-trial",
                        "explain-invoice",
                        "renew",
                        "add-remove-licences",
                        "cancel-subscription");
        assertThat(billing.get("name").asString()).isEqualTo("Billing and subscription management");
    }

    @ParameterizedTest
    @ValueSource(strings = {CONTOSO, NORTHWIND})
    void presalesClassificationsAreTheTopicsOfR14(String login) throws Exception {
        var presales = category(get("/api/v1/catalog/categories?lang=pl", login), "PRESALES");
        assertThat(ids(presales.get("classifications")))
                .containsExactly(
                        "features-benefits",
                        "plan-comparison",
                        "pricing-licensing",
                        "find-partner",
                        "purchase",
                        "trial");
        assertThat(presales.get("name").asString()).isEqualTo("Wsparcie przedsprzedażowe");
    }

    @Test
    void technicalClassificationsOfAServiceIncludeThoseOfEveryService() throws Exception {
        var categories = get("/api/v1/catalog/categories?lang=en&serviceId=mail", CONTOSO);
        assertThat(ids(categories)).containsExactly("TECHNICAL", "BILLING", "PRESALES", "ADVISORY");
        var technical = ids(category(categories, "TECHNICAL").get("classifications"));
        assertThat(technical)
                .contains("installation-setup", "service-configuration", "mail-flow", "mailbox-recovery")
                .doesNotContain("sign-in", "meeting-quality");
        assertThat(ids(category(categories, "ADVISORY").get("classifications")))
                .containsExactly("onboarding", "daily-use", "migration-planning");
    }

    @Test
    void anUnknownServiceOrLanguageIsABadRequest() throws Exception {
        assertThat(send("/api/v1/catalog/categories?serviceId=fax", CONTOSO).statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "/api/v1/catalog/services?lang="
                                        + URLEncoder.encode("<script>", StandardCharsets.UTF_8),
                                CONTOSO)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void featureAvailabilityDiffersBetweenOfferingsR26() throws Exception {
        var global = get("/api/v1/catalog/features?lang=en", CONTOSO);
        assertThat(ids(global.get("offerings")))
                .containsExactly("business-basic", "business-standard", "business-premium", "enterprise");
        assertThat(ids(global.get("services"))).containsExactlyElementsOf(SERVICE_IDS);
        var patterns = new HashSet<String>();
        global.get("rows").forEach(row -> patterns.add(row.get("byOffering").toString()));
        assertThat(patterns).hasSizeGreaterThan(3);
        assertThat(availability(global, "desktop-install", "business-basic")).isEqualTo("NOT_AVAILABLE");
        assertThat(availability(global, "desktop-install", "business-standard")).isEqualTo("INCLUDED");
        assertThat(availability(global, "mail-archiving", "business-basic")).isEqualTo("ADD_ON");
    }

    @Test
    void theRegionalOperatorHasItsOwnOfferingsAndLacksSomeFeatures() throws Exception {
        var cn = get("/api/v1/catalog/features?lang=zh-CN", NORTHWIND);
        assertThat(ids(cn.get("offerings"))).containsExactly("business-basic", "business-standard", "enterprise");
        assertThat(availability(cn, "consumer-chat-federation", "enterprise")).isEqualTo("NOT_AVAILABLE");
        assertThat(availability(get("/api/v1/catalog/features", CONTOSO), "consumer-chat-federation", "enterprise"))
                .isEqualTo("INCLUDED");
        var globalArchive = catalog.featureAvailability("global", Locale.ENGLISH).rows().stream()
                .filter(row -> row.featureId().equals("mail-archiving"))
                .findFirst()
                .orElseThrow();
        var cnArchive = catalog.featureAvailability("cn", Locale.ENGLISH).rows().stream()
                .filter(row -> row.featureId().equals("mail-archiving"))
                .findFirst()
                .orElseThrow();
        assertThat(cnArchive.name()).isNotEqualTo(globalArchive.name());
    }

    @Test
    void theSupportScopeSaysWhatIsAndIsNotCoveredR12() {
        for (var lang : List.of("pl", "en", "zh-CN")) {
            var scope = catalog.supportScope("cn", Locale.forLanguageTag(lang));
            assertThat(scope.covered())
                    .hasSize(3)
                    .allSatisfy(line -> assertThat(line).isNotBlank());
            assertThat(scope.notCovered()).hasSize(2);
        }
        assertThat(catalog.supportScope("global", Locale.ENGLISH).notCovered())
                .anySatisfy(line -> assertThat(line).contains("Third-party"))
                .anySatisfy(line -> assertThat(line).contains("own network"));
    }

    @Test
    void classificationLookupChecksTheCategory() {
        assertThat(catalog.classification("global", RequestCategory.TECHNICAL, "mail-flow", Locale.ENGLISH))
                .hasValueSatisfying(found -> assertThat(found.serviceId()).isEqualTo("mail"));
        assertThat(catalog.classification("global", RequestCategory.BILLING, "mail-flow", Locale.ENGLISH))
                .isEmpty();
        assertThat(catalog.categoryName(RequestCategory.TECHNICAL, Locale.forLanguageTag("zh-Hans")))
                .isEqualTo("技术支持");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalog/services", "/api/v1/catalog/categories", "/api/v1/catalog/features"})
    void anUnauthenticatedCallIsRefused(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theFeaturePageShowsEveryServiceAsATable() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        var form = "username=" + URLEncoder.encode(CONTOSO, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var page = browser.send(
                HttpRequest.newBuilder(uri("/features"))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Feature availability", "Business Premium", "Not available", "Add-on");
        assertThat(Pattern.compile("<table").matcher(page.body()).results().count())
                .isEqualTo(SERVICE_IDS.size());
    }

    private JsonNode get(String path, String login) throws Exception {
        var response = send(path, login);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String path, String login) throws Exception {
        var credentials = Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> ids(JsonNode array) {
        var ids = new ArrayList<String>();
        array.forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    private static String nameOf(JsonNode array, String id) {
        for (var node : array) {
            if (node.get("id").asString().equals(id)) {
                return node.get("name").asString();
            }
        }
        throw new AssertionError("no " + id);
    }

    private static JsonNode category(JsonNode categories, String id) {
        for (var node : categories) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no category " + id);
    }

    private static String availability(JsonNode matrix, String featureId, String offeringId) {
        for (var row : matrix.get("rows")) {
            if (row.get("featureId").asString().equals(featureId)) {
                return row.get("byOffering").get(offeringId).asString();
            }
        }
        throw new AssertionError("no feature " + featureId);
    }
}
