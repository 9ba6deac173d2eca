package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The public directory API and page, and its editing by organisation admins. */
@HelplineIntegrationTest
class PhoneDirectoryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void r7_everyRegionIsListedAnonymouslyInEachLanguage() {
        for (var lang : List.of("pl", "en", "zh-CN")) {
            var response = ApiClient.anonymous(port).get("/api/v1/phone/directory?lang=" + lang);
            assertThat(response.status()).isEqualTo(200);
            var entries = response.json();
            assertThat(entries.size()).as(lang).isEqualTo(PhoneSeed.REGION_COUNT);
            for (var entry : entries) {
                assertThat(entry.get("name").asString())
                        .as(entry.get("code").asString())
                        .isNotBlank()
                        .isNotEqualTo(entry.get("code").asString());
                assertThat(entry.get("numbers").size()).isPositive();
                assertThat(entry.has("openNow")).isTrue();
            }
        }
    }

    @Test
    void r7_theKnownNumbersAreExactInE164AndAsEachCountryWritesThem() {
        var expected = Map.of(
                "US", List.of("+18008659408", "1 800 865 9408"),
                "CA", List.of("+18008659408", "1 800 865 9408"),
                "AU", List.of("+611800197503", "1 800 197 503"),
                "GB", List.of("+448000326417", "0800 032 6417"),
                "CN", List.of("+864000890365", "(86) 400-089-0365"));
        expected.forEach((code, number) -> {
            var entry = ApiClient.anonymous(port)
                    .get("/api/v1/phone/directory/" + code + "?lang=en")
                    .json();
            assertThat(entry.get("ownLine").asBoolean()).isTrue();
            assertThat(entry.get("numbers").get(0).get("e164").asString()).isEqualTo(number.get(0));
            assertThat(entry.get("numbers").get(0).get("display").asString()).isEqualTo(number.get(1));
        });
    }

    @Test
    void r14_r15_r21_theRegionalOperatorListsItsOwnHoursInBeijingTime() {
        var china = ApiClient.anonymous(port)
                .get("/api/v1/phone/directory/CN?lang=zh-CN")
                .json();
        assertThat(china.get("name").asString()).isEqualTo("中国");
        assertThat(china.get("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(china.get("organisationId").asString()).isEqualTo("cn");
        assertThat(hours(china, "TECHNICAL")).isEqualTo("MON-SUN 09:00-24:00");
        assertThat(hours(china, "CRITICAL")).isEqualTo("MON-SUN 00:00-24:00");
        assertThat(hours(china, "BILLING")).isEqualTo("MON-FRI 09:00-18:00");
        assertThat(hours(china, "PRESALES")).isEqualTo("MON-FRI 09:00-18:00");
    }

    @Test
    void r7_theApiTellsARegionWithoutALocalNumberFromOneWithItsOwnLine() {
        var kiribati = ApiClient.anonymous(port)
                .get("/api/v1/phone/directory/KI?lang=pl")
                .json();
        assertThat(kiribati.get("ownLine").asBoolean()).isFalse();
        assertThat(kiribati.get("numbers").get(0).get("kind").asString()).isEqualTo("INTERNATIONAL");
        assertThat(kiribati.get("numbers").get(0).get("display").asString()).isEqualTo("+44 20 7946 0958");
        assertThat(kiribati.get("zone").asString()).isEqualTo("Pacific/Tarawa");
        assertThat(kiribati.get("hoursZone").asString()).isEqualTo("Europe/London");
        assertThat(hours(kiribati, "CRITICAL")).isEqualTo("MON-SUN 00:00-24:00");
        assertThat(hours(kiribati, "TECHNICAL")).isEqualTo("MON-FRI 08:00-18:00");
        var unitedStates = ApiClient.anonymous(port)
                .get("/api/v1/phone/directory/US?lang=en")
                .json();
        assertThat(unitedStates.get("ownLine").asBoolean()).isTrue();
        assertThat(unitedStates.get("numbers").get(0).get("kind").asString()).isEqualTo("TOLL_FREE");
        assertThat(unitedStates.get("hoursZone").asString()).isEqualTo("America/New_York");
    }

    @Test
    void r7_openNowIsGivenPerLineAndTheSeverityALineIsAlwaysOpen() {
        var entries =
                ApiClient.anonymous(port).get("/api/v1/phone/directory?lang=en").json();
        for (var entry : entries) {
            for (var line : entry.get("hours")) {
                assertThat(line.get("openNow").isBoolean())
                        .as(entry.get("code").asString())
                        .isTrue();
                if (line.get("service").asString().equals("CRITICAL")) {
                    assertThat(line.get("openNow").asBoolean()).isTrue();
                }
            }
        }
    }

    @Test
    void r7_thePageSaysWhenThereIsNoLocalNumberAndHeadsEachServiceRow() throws Exception {
        var kiribati = page("/phone/KI", "en");
        assertThat(kiribati)
                .contains("Kiribati has no local support number.")
                .contains("International line (no local number)")
                .contains("Hours of the international line")
                .contains("<th scope=\"row\" class=\"fw-normal\">Technical support</th>")
                .contains("<th scope=\"row\" class=\"fw-normal\">Billing and subscriptions</th>")
                .contains("<th scope=\"row\" class=\"fw-normal\">Critical problems (severity A)</th>");
        assertThat(kiribati.split("badge text-bg-success\">Open now|badge text-bg-secondary\">Closed now", -1))
                .as("one open or closed badge per service row and one for technical support")
                .hasSize(3 + 1 + 1);
        var britain = page("/phone/GB", "pl");
        assertThat(britain).doesNotContain("nie ma lokalnego numeru").contains("Numery");
        assertThat(page("/phone/KI", "pl")).contains("Kiribati nie ma lokalnego numeru pomocy.");
        assertThat(page("/phone/KI", "zh-CN")).contains("国际热线（无本地号码）");
    }

    @Test
    void r23_phonePreselectsTheSignedInTenantsCountry() throws Exception {
        assertThat(mvc.perform(get("/phone").with(signedIn.as("admin@contoso.example")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"region-details\"")
                .containsPattern("<option value=\"PL\"[^>]*selected");
        assertThat(mvc.perform(get("/phone").with(signedIn.as("admin@northwind.example")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("<option value=\"CN\"[^>]*selected")
                .contains("(86) 400-089-0365");
        assertThat(mvc.perform(get("/phone?region=GB").with(signedIn.as("admin@contoso.example")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("<option value=\"GB\"[^>]*selected")
                .doesNotContainPattern("<option value=\"PL\"[^>]*selected");
        assertThat(page("/phone", "en")).doesNotContain("id=\"region-details\"");
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void badLanguageAndUnknownCodesAreRefused() {
        var badLang = ApiClient.anonymous(port).get("/api/v1/phone/directory?lang=xx");
        assertThat(badLang.status()).isEqualTo(400);
        assertThat(badLang.json().get("errors").get(0).get("field").asString()).isEqualTo("lang");
        assertThat(ApiClient.anonymous(port).get("/api/v1/phone/directory/ZZ").status())
                .isEqualTo(404);
    }

    @Test
    void thePublicPageWorksWithoutSigningInInPolish() throws Exception {
        mvc.perform(get("/phone/GB").header("Accept-Language", "pl"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(new java.util.Locale("", "GB")
                                .getDisplayCountry(java.util.Locale.forLanguageTag("pl")))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("0800 032 6417")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Telefoniczna pomoc techniczna")));
        mvc.perform(get("/phone").header("Accept-Language", "pl")).andExpect(status().isOk());
        mvc.perform(get("/phone/NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void anOrganisationAdminChangesAnEntryOfItsOwnWithEveryNumberChecked() {
        var admin = ApiClient.as(port, "orgadmin@helpline.example");
        var region = admin.get("/api/v1/phone/regions/TV").json();
        var change = Map.of(
                "zone",
                "Pacific/Funafuti",
                "languages",
                List.of("en"),
                "numbers",
                List.of(number("+688 20 123", "LOCAL")),
                "hours",
                List.of(opening("TECHNICAL", "MON-FRI", "09:00", "17:00")),
                "version",
                region.get("version").asLong());

        var saved = admin.put("/api/v1/phone/regions/TV", ApiClient.json(change));

        assertThat(saved.status()).isEqualTo(200);
        var entry = ApiClient.anonymous(port)
                .get("/api/v1/phone/directory/TV?lang=en")
                .json();
        assertThat(entry.get("ownLine").asBoolean()).isTrue();
        assertThat(entry.get("numbers").get(0).get("e164").asString()).isEqualTo("+68820123");
        var stale = admin.put("/api/v1/phone/regions/TV", ApiClient.json(change));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void badDirectoryEditsAreRefusedNamingTheField() {
        var admin = ApiClient.as(port, "orgadmin@helpline.example");
        var version =
                admin.get("/api/v1/phone/regions/NR").json().get("version").asLong();
        var base = Map.<String, Object>of("zone", "Pacific/Nauru", "languages", List.of("en"), "version", version);
        var noNumbers = List.<Map<String, String>>of();
        var noHours = List.<Map<String, String>>of();
        assertField(admin, entry(base, List.of(number("12", "LOCAL")), noHours), "numbers[0].number");
        assertField(
                admin,
                entry(
                        base,
                        List.of(Map.of("number", "+674 444 3133", "kind", "LOCAL", "display", "+674 555 0000")),
                        noHours),
                "numbers[0].display");
        assertField(admin, entry(base, List.of(number("+674 444 3133", "CHEAP")), noHours), "numbers[0].kind");
        assertField(
                admin,
                entry(base, noNumbers, List.of(opening("TECHNICAL", "MON-FRI", "18:00", "09:00"))),
                "hours[0].to");
        assertField(
                admin,
                entry(base, noNumbers, List.of(opening("TECHNICAL", "MONDAY", "08:00", "09:00"))),
                "hours[0].days");
        assertField(
                admin, entry(base, noNumbers, List.of(opening("LUNCH", "MON", "08:00", "09:00"))), "hours[0].service");
        assertField(admin, entry(with(base, Map.of("zone", "Mars/Olympus")), noNumbers, noHours), "zone");
        assertField(
                admin, entry(with(base, Map.of("languages", List.of("klingon"))), noNumbers, noHours), "languages[0]");
        assertField(admin, with(base, Map.of("hours", List.of())), "numbers");
        assertThat(ApiClient.anonymous(port)
                        .get("/api/v1/phone/directory/NR")
                        .json()
                        .get("ownLine")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void adminsEditOnlyTheirOwnOrganisationsEntriesAndOthersCannotEditAtAll() {
        var operator = ApiClient.as(port, "orgadmin@operator.example");
        assertThat(operator.get("/api/v1/phone/regions/US").status()).isEqualTo(404);
        assertThat(operator.get("/api/v1/phone/regions").json().size()).isEqualTo(1);
        assertThat(ApiClient.as(port, "agent@helpline.example")
                        .get("/api/v1/phone/regions")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port)
                        .put("/api/v1/phone/regions/US", "{}")
                        .status())
                .isEqualTo(401);
    }

    private static void assertField(ApiClient admin, Map<String, Object> body, String field) {
        var response = admin.put("/api/v1/phone/regions/NR", ApiClient.json(body));
        assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
        var all = new HashMap<>(base);
        all.putAll(more);
        return all;
    }

    /** A directory entry as an admin writes it: {@code base} (zone, languages, version) with these lines. */
    private static Map<String, Object> entry(
            Map<String, Object> base, List<Map<String, String>> numbers, List<Map<String, String>> hours) {
        return with(base, Map.of("numbers", numbers, "hours", hours));
    }

    private static Map<String, String> number(String number, String kind) {
        return Map.of("number", number, "kind", kind);
    }

    /** The hours of one service: days such as {@code MON-FRI}, from and to as {@code HH:mm}. */
    private static Map<String, String> opening(String service, String days, String from, String to) {
        return Map.of("service", service, "days", days, "from", from, "to", to);
    }

    private static String hours(JsonNode entry, String service) {
        for (var hours : entry.get("hours")) {
            if (hours.get("service").asString().equals(service)) {
                return hours.get("days").asString() + " " + hours.get("from").asString() + "-"
                        + hours.get("to").asString();
            }
        }
        return null;
    }
}
