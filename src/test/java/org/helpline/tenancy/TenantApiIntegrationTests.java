package org.helpline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@HelplineIntegrationTest
class TenantApiIntegrationTests {

    private static final String ORG_ADMIN = "orgadmin@helpline.example";
    private static final String CN_ORG_ADMIN = "orgadmin@operator.example";

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenancy;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private ApiClient admin;

    @BeforeEach
    void signIn() {
        admin = ApiClient.as(port, ORG_ADMIN);
    }

    @Test
    void createsReadsListsAndUpdatesATenant() {
        var created = admin.post("/api/v1/tenants", ApiClient.json(newTenant()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var tenant = created.json();
        var id = tenant.get("id").asString();
        assertThat(tenant.get("organisationId").asString()).isEqualTo("global");
        assertThat(tenant.get("domain").asString()).isEqualTo(token + ".example");
        assertThat(tenant.get("language").asString()).isEqualTo("pl");
        assertThat(tenant.get("timeZone").asString()).isEqualTo("Europe/Warsaw");
        assertThat(tenant.get("phones").get(0).get("e164").asString()).isEqualTo("+48221234567");
        assertThat(tenant.get("phones").get(0).get("display").asString()).isEqualTo("+48 22 123 45 67");
        assertThat(tenant.get("phones").get(0).get("id").asString()).isNotBlank();
        assertThat(tenant.get("emails").get(0).get("email").asString()).isEqualTo("it@" + token + ".example");
        assertThat(tenant.get("version").asLong()).isZero();

        assertThat(admin.get("/api/v1/tenants/" + id).json().get("name").asString())
                .isEqualTo("Tenant " + token);
        var page = admin.get("/api/v1/tenants?q=" + token + "&page=0&size=10").json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(page.get("items").get(0).get("contract").asString()).isEqualTo("STANDARD");

        var change = change(0);
        change.put("contract", "SMALL_BUSINESS_ASSIST");
        change.put("phones", List.of("+48 22 123 45 67", "+1 212 555 0100"));
        var updated = admin.put("/api/v1/tenants/" + id, ApiClient.json(change));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("contract").asString()).isEqualTo("SMALL_BUSINESS_ASSIST");
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);
        assertThat(displays(admin.get("/api/v1/tenants/" + id).json()))
                .containsExactlyInAnyOrder("+48 22 123 45 67", "+1 212-555-0100");
    }

    @Test
    void aStaleVersionIsAConflict() {
        var id = createTenant();
        assertThat(admin.put("/api/v1/tenants/" + id, ApiClient.json(change(0))).status())
                .isEqualTo(200);

        var again = change(0);
        again.put("name", "Overwritten " + token);
        var stale = admin.put("/api/v1/tenants/" + id, ApiClient.json(again));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("type").asString()).endsWith("/stale-edit");
        assertThat(admin.get("/api/v1/tenants/" + id).json().get("name").asString())
                .isEqualTo("Changed " + token);
    }

    static Stream<Arguments> badNewTenants() {
        return Stream.of(
                bad("name", body -> body.remove("name")),
                bad("name", body -> body.put("name", "x".repeat(201))),
                bad("domain", body -> body.put("domain", "not a domain")),
                bad("domain", body -> body.put("domain", "x".repeat(250) + ".example")),
                bad("domain", body -> body.put("domain", "contoso.example")),
                bad("country", body -> body.put("country", "XX")),
                bad("country", body -> body.put("country", "Poland")),
                bad("timeZone", body -> body.put("timeZone", "Mars/Olympus")),
                bad("language", body -> body.put("language", "de")),
                bad("contract", body -> body.put("contract", "GOLD")),
                bad("contract", body -> body.remove("contract")),
                bad("partnerId", body -> body.put("partnerId", "not-a-uuid")),
                bad("partnerId", body -> body.put("partnerId", UUID.randomUUID().toString())),
                bad("phones", body -> body.put("phones", List.of())),
                bad("phones", body -> body.put("phones", "+48 22 123 45 67 is not a list")),
                bad("phones[0]", body -> body.put("phones", List.of("12"))),
                bad("phones[1]", body -> body.put("phones", List.of("+48 22 123 45 67", "call me"))),
                bad("emails[0]", body -> body.put("emails", List.of("nobody"))),
                bad("emails", body -> body.remove("emails")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNewTenants")
    void badInputToCreateIsRefusedNamingTheFieldAndStoresNothing(String field, Consumer<Map<String, Object>> breaking) {
        var body = newTenant();
        breaking.accept(body);

        var response = admin.post("/api/v1/tenants", ApiClient.json(body));

        assertBadRequestNaming(response, field);
        assertThat(tenancy.countTenants("global", token)).isZero();
    }

    @Test
    void unreadableJsonIsABadRequest() {
        assertThat(admin.post("/api/v1/tenants", "{\"name\": ").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/tenants", "[]").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "timeZone", "phones[0]", "emails[0]", "version", "country"})
    void badInputToUpdateIsRefusedAndChangesNothing(String field) {
        var id = createTenant();
        var body = change(0);
        switch (field) {
            case "name" -> body.put("name", "y".repeat(201));
            case "timeZone" -> body.put("timeZone", "Europe/Atlantis");
            case "phones[0]" -> body.put("phones", List.of("+48 12"));
            case "emails[0]" -> body.put("emails", List.of("a@b"));
            case "version" -> body.put("version", "latest");
            default -> body.put("country", "ZZ");
        }

        assertBadRequestNaming(admin.put("/api/v1/tenants/" + id, ApiClient.json(body)), field);
        var unchanged = admin.get("/api/v1/tenants/" + id).json();
        assertThat(unchanged.get("version").asLong()).isZero();
        assertThat(unchanged.get("name").asString()).isEqualTo("Tenant " + token);
    }

    @Test
    void addsAndRemovesSubscriptions() {
        var id = createTenant();
        assertThat(admin.get("/api/v1/tenants/" + id).json().get("subscriptions"))
                .as("read once before the change, so a profile kept in memory would be stale")
                .isEmpty();
        var added = admin.post("/api/v1/tenants/" + id + "/subscriptions", ApiClient.json(subscription()));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var subscriptionId = added.json().get("id").asString();
        var subscriptions = admin.get("/api/v1/tenants/" + id).json().get("subscriptions");
        assertThat(subscriptions.get(0).get("offering").asString()).isEqualTo("business-basic");
        assertThat(subscriptions.get(0).get("renewalDate").asString()).isEqualTo("2027-01-31");

        assertThat(admin.delete("/api/v1/tenants/" + id + "/subscriptions/" + subscriptionId)
                        .status())
                .isEqualTo(204);
        assertThat(admin.delete("/api/v1/tenants/" + id + "/subscriptions/" + subscriptionId)
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/tenants/" + id).json().get("subscriptions"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"offering", "kind", "licences", "renewalDate", "partnerId"})
    void badSubscriptionsAreRefused(String field) {
        var id = createTenant();
        var body = subscription();
        switch (field) {
            case "offering" -> body.put("offering", "Business Basic!");
            case "kind" -> body.put("kind", "FREE");
            case "licences" -> body.put("licences", 0);
            case "renewalDate" -> body.put("renewalDate", "next year");
            default -> body.put("partnerId", cnPartnerId());
        }

        assertBadRequestNaming(admin.post("/api/v1/tenants/" + id + "/subscriptions", ApiClient.json(body)), field);
        assertThat(admin.get("/api/v1/tenants/" + id).json().get("subscriptions"))
                .isEmpty();
    }

    @Test
    void createsAndListsPartnersOfTheOwnOrganisation() {
        var body = partner();
        var created = admin.post("/api/v1/partners", ApiClient.json(body));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("phoneE164").asString()).isEqualTo("+14255550142");
        assertThat(created.json().get("organisationId").asString()).isEqualTo("global");
        assertThat(names(admin.get("/api/v1/partners").json())).contains("Partner " + token, "Litware");
        assertThat(names(
                        ApiClient.as(port, CN_ORG_ADMIN).get("/api/v1/partners").json()))
                .doesNotContain("Partner " + token, "Litware");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "phone", "email", "website"})
    void badPartnersAreRefusedAndNotStored(String field) {
        var body = partner();
        switch (field) {
            case "name" -> body.put("name", " ");
            case "phone" -> body.put("phone", "555");
            case "email" -> body.put("email", "partner at example");
            default -> body.put("website", "javascript:alert(1)");
        }

        assertBadRequestNaming(admin.post("/api/v1/partners", ApiClient.json(body)), field);
        assertThat(tenancy.partners("global")).extracting(Partner::email).doesNotContain("p@" + token + ".example");
    }

    @Test
    void anAdminOfOneOrganisationCannotSeeOrChangeTenantsOfAnother() {
        var northwind = tenancy.tenants("cn", "northwind", 0, 10).get(0).id();
        var path = "/api/v1/tenants/" + northwind;
        var version = tenancy.profile(northwind).version();

        assertThat(admin.get(path).status()).isEqualTo(404);
        assertThat(admin.put(path, ApiClient.json(change(0))).status()).isEqualTo(404);
        assertThat(admin.post(path + "/subscriptions", ApiClient.json(subscription()))
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/tenants?q=northwind").json().get("total").asLong())
                .isZero();
        assertThat(tenancy.profile(northwind).version()).isEqualTo(version);
        assertThat(ApiClient.as(port, CN_ORG_ADMIN).get(path).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=201", "size=0", "page=-1", "page=first"})
    void pagingIsChecked(String parameter) {
        var response = admin.get("/api/v1/tenants?" + parameter);

        assertBadRequestNaming(response, parameter.substring(0, parameter.indexOf('=')));
    }

    private static void assertBadRequestNaming(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var fields = new ArrayList<String>();
        response.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).as(response.body()).contains(field);
    }

    private static Arguments bad(String field, Consumer<Map<String, Object>> breaking) {
        return Arguments.of(field, breaking);
    }

    private String createTenant() {
        var response = admin.post("/api/v1/tenants", ApiClient.json(newTenant()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String cnPartnerId() {
        var partner = partner();
        partner.put("phone", "+86 10 5555 0142");
        return ApiClient.as(port, CN_ORG_ADMIN)
                .post("/api/v1/partners", ApiClient.json(partner))
                .json()
                .get("id")
                .asString();
    }

    private Map<String, Object> newTenant() {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Tenant " + token);
        body.put("domain", token + ".example");
        body.put("country", "PL");
        body.put("timeZone", "Europe/Warsaw");
        body.put("language", "pl");
        body.put("contract", "STANDARD");
        body.put("phones", List.of("22 123 45 67"));
        body.put("emails", List.of("IT@" + token + ".example"));
        return body;
    }

    private Map<String, Object> change(long version) {
        var body = newTenant();
        body.remove("domain");
        body.put("name", "Changed " + token);
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> subscription() {
        var body = new LinkedHashMap<String, Object>();
        body.put("offering", "business-basic");
        body.put("kind", "PAID");
        body.put("licences", 25);
        body.put("renewalDate", "2027-01-31");
        return body;
    }

    private Map<String, Object> partner() {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Partner " + token);
        body.put("phone", "(425) 555-0142");
        body.put("email", "p@" + token + ".example");
        body.put("website", "https://" + token + ".example");
        return body;
    }

    private static List<String> displays(JsonNode tenant) {
        var displays = new ArrayList<String>();
        tenant.get("phones").forEach(phone -> displays.add(phone.get("display").asString()));
        return displays;
    }

    private static List<String> names(JsonNode partners) {
        var names = new ArrayList<String>();
        partners.forEach(partner -> names.add(partner.get("name").asString()));
        return names;
    }
}
