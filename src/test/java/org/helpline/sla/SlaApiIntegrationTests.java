package org.helpline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HelplineIntegrationTest
class SlaApiIntegrationTests {

    private static final String ORG_ADMIN = "orgadmin@helpline.example";
    private static final String CN_AGENT = "agent@operator.example";
    private static final String CN_ORG_ADMIN = "orgadmin@operator.example";

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenancy;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void r21_cnSeverityBFiledSaturdayNightIsDueTheNextNight() {
        var response = ApiClient.as(port, CN_AGENT).post("/api/v1/sla/preview", """
                {"organisation": "cn", "category": "TECHNICAL", "severity": "B", "receivedAt": "2026-03-07T23:30:00+08:00"}
                """);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("firstResponseDue").asString()).isEqualTo("2026-03-08T15:30:00Z");
        assertThat(json.get("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(json.get("firstResponseTargetMinutes").asLong()).isEqualTo(15 * 60);
        assertThat(json.get("calendar").get("id").asString()).isEqualTo("extended");
        assertThat(json.get("policy").get("firstResponse").get("unit").asString())
                .isEqualTo("BUSINESS_DAYS");
    }

    @Test
    void globalSeverityBFiledFridayAfternoonInTheTenantsZoneIsDueMonday() {
        var contoso = tenancy.tenants("global", "contoso.example", 0, 10).get(0).id();

        var response = ApiClient.as(port, ORG_ADMIN).post("/api/v1/sla/preview", """
                {"organisation": "global", "category": "TECHNICAL", "severity": "B", "tenantId": "%s",
                 "receivedAt": "2026-03-06T17:00:00+01:00"}
                """.formatted(contoso));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("firstResponseDue").asString()).isEqualTo("2026-03-09T16:00:00Z");
        assertThat(response.json().get("zone").asString()).isEqualTo("Europe/Warsaw");
    }

    @Test
    void r17_severityAIsDueWithinAnHourAroundTheClock() {
        var response = ApiClient.as(port, "agent@helpline.example").post("/api/v1/sla/preview", """
                {"organisation": "global", "category": "TECHNICAL", "severity": "A", "receivedAt": "2026-03-08T03:10:00Z"}
                """);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("firstResponseDue").asString()).isEqualTo("2026-03-08T04:10:00Z");
        assertThat(response.json().get("calendarTime").asBoolean()).isTrue();
        assertThat(response.json().get("policy").get("updateCadenceMinutes").asInt())
                .isEqualTo(120);
    }

    @Test
    void r20_billingSeverityAHasNoPolicyToPreview() {
        var response = ApiClient.as(port, ORG_ADMIN).post("/api/v1/sla/preview", """
                {"organisation": "global", "category": "BILLING", "severity": "A", "receivedAt": "2026-03-08T03:10:00Z"}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("severity");
    }

    @Test
    void staffCannotPreviewAnotherOrganisationOrItsTenants() {
        var northwind = tenancy.tenants("cn", "northwind.example", 0, 10).get(0).id();
        var otherOrganisation = ApiClient.as(port, "agent@helpline.example").post("/api/v1/sla/preview", """
                {"organisation": "cn", "category": "TECHNICAL", "severity": "B", "receivedAt": "2026-03-08T03:10:00Z"}
                """);
        var otherTenant = ApiClient.as(port, ORG_ADMIN).post("/api/v1/sla/preview", """
                {"organisation": "global", "category": "TECHNICAL", "severity": "B", "tenantId": "%s",
                 "receivedAt": "2026-03-08T03:10:00Z"}
                """.formatted(northwind));

        assertThat(otherOrganisation.status()).isEqualTo(404);
        assertThat(otherTenant.status()).isEqualTo(404);
    }

    @Test
    void tenantAdminsCannotPreviewOrEvaluate() {
        var contosoAdmin = ApiClient.as(port, "admin@contoso.example");

        assertThat(contosoAdmin.post("/api/v1/sla/preview", """
                {"organisation": "global", "category": "TECHNICAL", "severity": "B", "receivedAt": "2026-03-08T03:10:00Z"}
                """).status()).isEqualTo(403);
        assertThat(contosoAdmin
                        .post("/api/v1/sla/calendars/evaluate", evaluate("Europe/Warsaw", "09:00", "18:00"))
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, "agent@helpline.example")
                        .get("/api/v1/sla/policies")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void evaluatesADeadlineAndBusinessTimeOfACalendarBeingEdited() {
        var client = ApiClient.as(port, ORG_ADMIN);
        var due = client.post("/api/v1/sla/calendars/evaluate", """
                {"calendar": {"zone": "Europe/Warsaw", "hours": {"MONDAY": [["09:00","12:00"],["13:00","18:00"]],
                 "FRIDAY": [["09:00","24:00"]]}, "holidays": ["2026-03-09"]},
                 "start": "2026-03-06T22:00:00Z", "businessMinutes": 120}
                """);
        var minutes = client.post("/api/v1/sla/calendars/evaluate", """
                {"calendar": {"zone": "Europe/Warsaw", "hours": {"MONDAY": [["09:00","12:00"],["13:00","18:00"]]}},
                 "from": "2026-03-09T07:00:00Z", "to": "2026-03-09T13:00:00Z"}
                """);

        assertThat(due.status()).as(due.body()).isEqualTo(200);
        assertThat(due.json().get("due").asString()).isEqualTo("2026-03-13T09:00:00Z");
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(200);
        assertThat(minutes.json().get("businessMinutes").asLong()).isEqualTo(4 * 60);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"calendar\": {\"zone\": \"Mars/Olympus\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}}, \"start\": \"2026-03-06T22:00:00Z\", \"businessMinutes\": 1}|calendar.zone",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"25:00\"]]}}, \"start\": \"2026-03-06T22:00:00Z\", \"businessMinutes\": 1}|calendar.hours.MONDAY[0]",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"13:00\"],[\"12:00\",\"18:00\"]]}}, \"start\": \"2026-03-06T22:00:00Z\", \"businessMinutes\": 1}|calendar.hours",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {\"FUNDAY\": [[\"09:00\",\"18:00\"]]}}, \"start\": \"2026-03-06T22:00:00Z\", \"businessMinutes\": 1}|calendar.hours",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}, \"holidays\": [\"2026-02-30\"]}, \"start\": \"2026-03-06T22:00:00Z\", \"businessMinutes\": 1}|calendar.holidays",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {}}, \"start\": \"2026-03-06T22:00:00Z\", \"businessMinutes\": 1}|calendar.hours",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}}, \"businessMinutes\": 1}|start",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}}, \"start\": \"2026-03-06T22:00:00Z\", \"businessMinutes\": -5}|businessMinutes",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}}, \"from\": \"2026-03-06T22:00:00Z\"}|to",
                "{\"calendar\": {\"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}}, \"start\": \"yesterday\", \"businessMinutes\": 1}|start",
                "{\"start\": \"2026-03-06T22:00:00Z\", \"businessMinutes\": 1}|calendar"
            })
    void badCalendarInputIsRefusedNamingTheField(String body, String field) {
        assertThat(refusedField(ApiClient.as(port, ORG_ADMIN).post("/api/v1/sla/calendars/evaluate", body)))
                .isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"category\": \"TECHNICAL\", \"severity\": \"B\", \"receivedAt\": \"2026-03-08T03:10:00Z\"}|organisation",
                "{\"organisation\": \"global\", \"category\": \"LEGAL\", \"severity\": \"B\", \"receivedAt\": \"2026-03-08T03:10:00Z\"}|category",
                "{\"organisation\": \"global\", \"category\": \"TECHNICAL\", \"severity\": \"B\"}|receivedAt",
                "{\"organisation\": \"global\", \"category\": \"TECHNICAL\", \"severity\": \"B\", \"tenantId\": \"nope\", \"receivedAt\": \"2026-03-08T03:10:00Z\"}|tenantId"
            })
    void badPreviewInputIsRefusedNamingTheField(String body, String field) {
        assertThat(refusedField(ApiClient.as(port, ORG_ADMIN).post("/api/v1/sla/preview", body)))
                .isEqualTo(field);
    }

    @Test
    void anAdminCreatesAndChangesACalendarWithOptimisticLocking() {
        var client = ApiClient.as(port, CN_ORG_ADMIN);
        var id = "test-" + token;
        var allTuesday = Map.of("TUESDAY", List.of(List.of("00:00", "24:00")));
        var created = client.post(
                "/api/v1/sla/calendars",
                calendar(
                        "Split " + token,
                        "TENANT",
                        Map.of("MONDAY", List.of(List.of("09:00", "12:00"), List.of("13:00", "24:00"))),
                        Map.of("id", id, "holidays", List.of("2026-12-25"))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var changed = client.put(
                "/api/v1/sla/calendars/" + id, calendar("Renamed " + token, "Asia/Shanghai", allTuesday, Map.of()));
        var stale = client.put(
                "/api/v1/sla/calendars/" + id, calendar("Stale " + token, "Asia/Shanghai", allTuesday, Map.of()));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        assertThat(changed.json().get("hours").get("TUESDAY").get(0).get(1).asString())
                .isEqualTo("24:00");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(ApiClient.as(port, ORG_ADMIN)
                        .get("/api/v1/sla/calendars/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/sla/calendars").body()).contains("Renamed " + token);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\": \"x\", \"zone\": \"Nowhere/Else\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}, \"version\": 0}|zone",
                "{\"name\": \"x\", \"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"18:00\",\"09:00\"]]}, \"version\": 0}|hours.MONDAY[0]",
                "{\"name\": \"\", \"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}, \"version\": 0}|name",
                "{\"name\": \"x\", \"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}}|version",
                "{\"name\": \"x\", \"zone\": \"UTC\", \"hours\": {\"MONDAY\": []}, \"version\": 0}|hours"
            })
    void badCalendarWritesAreRefusedNamingTheField(String body, String field) {
        assertThat(refusedField(ApiClient.as(port, ORG_ADMIN).put("/api/v1/sla/calendars/business", body)))
                .isEqualTo(field);
    }

    @Test
    void creatingACalendarNeedsAFreeWellFormedId() {
        var client = ApiClient.as(port, ORG_ADMIN);
        var body =
                "{\"id\": \"%s\", \"name\": \"x\", \"zone\": \"UTC\", \"hours\": {\"MONDAY\": [[\"09:00\",\"18:00\"]]}, \"version\": 0}";

        assertThat(client.post("/api/v1/sla/calendars", body.formatted("24x7")).body())
                .contains("\"field\":\"id\"");
        assertThat(client.post("/api/v1/sla/calendars", body.formatted("Bad Id!"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anAdminChangesAPolicyWithOptimisticLockingAndCannotBreakR20() {
        var client = ApiClient.as(port, CN_ORG_ADMIN);
        var calendarId = "pol-" + token;
        client.post(
                "/api/v1/sla/calendars",
                calendar(
                        "Policy " + token,
                        "UTC",
                        Map.of("MONDAY", List.of(List.of("09:00", "18:00"))),
                        Map.of("id", calendarId)));
        var current = findPolicy(client, "PRESALES", "C");
        var body = "{\"firstResponse\": {\"amount\": 2, \"unit\": \"BUSINESS_DAYS\"}, \"calendarId\": \"" + calendarId
                + "\", \"version\": %d}";

        var changed = client.put("/api/v1/sla/policies/PRESALES/C", body.formatted(current));
        var stale = client.put("/api/v1/sla/policies/PRESALES/C", body.formatted(current));
        var r20 = client.put("/api/v1/sla/policies/BILLING/A", body.formatted(0));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("firstResponse").get("amount").asInt()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(r20.status()).isEqualTo(400);
        assertThat(r20.body()).contains("R-20");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"calendarId\": \"24x7\", \"version\": 0}|firstResponse",
                "{\"firstResponse\": {\"amount\": 0, \"unit\": \"MINUTES\"}, \"calendarId\": \"24x7\", \"version\": 0}|firstResponse",
                "{\"firstResponse\": {\"amount\": 1, \"unit\": \"WEEKS\"}, \"calendarId\": \"24x7\", \"version\": 0}|firstResponse.unit",
                "{\"firstResponse\": {\"amount\": 1, \"unit\": \"MINUTES\"}, \"calendarId\": \"elsewhere\", \"version\": 0}|calendarId",
                "{\"firstResponse\": {\"amount\": 1, \"unit\": \"MINUTES\"}, \"calendarId\": \"24x7\", \"updateCadenceMinutes\": 60, \"version\": 0}|updateCadenceMinutes",
                "{\"firstResponse\": {\"amount\": 1, \"unit\": \"MINUTES\"}, \"calendarId\": \"24x7\", \"downgradeTo\": \"C\", \"version\": 0}|downgradeTo",
                "{\"firstResponse\": {\"amount\": 1, \"unit\": \"MINUTES\"}, \"calendarId\": \"24x7\", \"customerWait\": {\"amount\": 1, \"unit\": \"MINUTES\"}, \"downgradeTo\": \"A\", \"version\": 0}|downgradeTo"
            })
    void badPolicyWritesAreRefusedNamingTheField(String body, String field) {
        assertThat(refusedField(ApiClient.as(port, ORG_ADMIN).put("/api/v1/sla/policies/TECHNICAL/B", body)))
                .startsWith(field);
    }

    /** The field a refusal names first; the answer must be 400 Bad Request. */
    private static String refusedField(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }

    /** A calendar write replacing version 0; {@code more} adds fields such as the id or holidays. */
    private static String calendar(String name, String zone, Map<String, ?> hours, Map<String, ?> more) {
        var calendar = new LinkedHashMap<String, Object>();
        calendar.putAll(Map.of("name", name, "zone", zone, "hours", hours, "version", 0));
        calendar.putAll(more);
        return ApiClient.json(calendar);
    }

    private static long findPolicy(ApiClient client, String category, String severity) {
        for (var policy : client.get("/api/v1/sla/policies").json()) {
            if (policy.get("category").asString().equals(category)
                    && policy.get("severity").asString().equals(severity)) {
                return policy.get("version").asLong();
            }
        }
        throw new AssertionError("no policy " + category + " " + severity);
    }

    private static String evaluate(String zone, String from, String to) {
        return ApiClient.json(Map.of(
                "calendar",
                Map.of("zone", zone, "hours", Map.of("MONDAY", List.of(List.of(from, to)))),
                "start",
                "2026-03-06T22:00:00Z",
                "businessMinutes",
                60));
    }
}
