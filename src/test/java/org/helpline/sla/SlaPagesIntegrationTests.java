package org.helpline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.VisibleText;
import org.helpline.sla.internal.SlaSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The organisation admin's service-level pages. */
@HelplineIntegrationTest
class SlaPagesIntegrationTests {

    private static final String CN_ORG_ADMIN = "orgadmin@operator.example";
    private static final String GLOBAL_ORG_ADMIN = "orgadmin@helpline.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    SlaSettings settings;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void listsTheOrganisationsCalendarsAndPolicies() throws Exception {
        mvc.perform(getAs(CN_ORG_ADMIN, "en", "/admin/sla"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("09:00-24:00 every day"),
                                containsString("/admin/sla/policies/TECHNICAL/A"),
                                containsString("The tenant&#39;s time zone"))));
        mvc.perform(get("/admin/sla").with(signedIn.as(GLOBAL_ORG_ADMIN)))
                .andExpect(content().string(not(containsString("09:00-24:00 every day"))));
    }

    @Test
    void onlyOrganisationAdminsSeeThePages() throws Exception {
        mvc.perform(get("/admin/sla").with(signedIn.as("agent@operator.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/sla/calendars/billing").with(signedIn.as("admin@northwind.example")))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsCalendarsAndPoliciesInWordsNotCodes() throws Exception {
        var page = okPage(getAs(GLOBAL_ORG_ADMIN, "en", "/admin/sla"));
        var text = VisibleText.of(page);

        assertThat(VisibleText.rawValuesIn(page)).isEmpty();
        assertThat(text)
                .contains("Mon 08:00–18:00", "1 business day", "3 business days", "Mon-Fri 08:00-18:00 local time")
                .contains("A (critical)", "2 h")
                .doesNotContain("day(s)", "MON ", "120 min");
    }

    @Test
    void theEditorsShowNoCodesInAnyLanguage() throws Exception {
        for (var language : List.of("en", "pl", "zh-CN")) {
            for (var page : List.of(
                    "/admin/sla",
                    "/admin/sla/calendars/business",
                    "/admin/sla/calendars/new",
                    "/admin/sla/policies/TECHNICAL/A",
                    "/admin/sla/policies/PRESALES/C")) {
                var html = okPage(getAs(GLOBAL_ORG_ADMIN, language, page));
                assertThat(VisibleText.rawValuesIn(html))
                        .as("%s in %s", page, language)
                        .isEmpty();
            }
        }
    }

    @Test
    void createsACalendarFromDayBoxesAndTimeFields() throws Exception {
        var id = "page-" + token;
        mvc.perform(postAs(CN_ORG_ADMIN, "en", "/admin/sla/calendars")
                        .param("id", id)
                        .param("name", "Page " + token)
                        .param("zone", "Asia/Shanghai")
                        .param("days[MONDAY].open", "true")
                        .param("days[MONDAY].ranges[0].start", "13:00")
                        .param("days[MONDAY].ranges[0].end", "18:00")
                        .param("days[MONDAY].ranges[1].start", "09:00")
                        .param("days[MONDAY].ranges[1].end", "12:00")
                        .param("days[SATURDAY].ranges[0].start", "10:00")
                        .param("days[SATURDAY].ranges[0].end", "14:00")
                        .param("days[SUNDAY].open", "true")
                        .param("days[SUNDAY].ranges[0].start", "22:00")
                        .param("days[SUNDAY].ranges[0].end", "00:00")
                        .param("holidays", "2026-10-01", "", "2026-10-02"))
                .andExpect(redirectedUrl("/admin/sla?saved"));

        var calendar = settings.calendar("cn", id);
        assertThat(calendar.hours().get(DayOfWeek.MONDAY).stream().map(Object::toString))
                .containsExactly("09:00-12:00", "13:00-18:00");
        assertThat(calendar.hours().getOrDefault(DayOfWeek.SATURDAY, List.of())).isEmpty();
        assertThat(calendar.hours().get(DayOfWeek.SUNDAY).get(0).endsAtMidnight())
                .isTrue();
        assertThat(calendar.holidays()).hasSize(2);
        mvc.perform(get("/admin/sla/calendars/" + id).with(signedIn.as(CN_ORG_ADMIN)))
                .andExpect(content()
                        .string(allOf(
                                containsString("type=\"time\""),
                                containsString("value=\"13:00\""),
                                containsString("value=\"2026-10-02\""),
                                containsString("id=\"open-MONDAY\""))));
    }

    @Test
    void flagsEveryWrongFieldOfACalendarInOnePassNamingItInTheReadersLanguage() throws Exception {
        for (var language : List.of("en", "pl")) {
            var page = okPage(postAs(GLOBAL_ORG_ADMIN, language, "/admin/sla/calendars")
                    .param("id", "Bad Id")
                    .param("name", " ")
                    .param("zone", "Mars/Olympus")
                    .param("days[MONDAY].open", "true")
                    .param("days[MONDAY].ranges[0].start", "18:00")
                    .param("days[MONDAY].ranges[0].end", "09:00")
                    .param("days[TUESDAY].open", "true")
                    .param("holidays", "2026-02-30"));
            var text = VisibleText.of(page);
            if (language.equals("en")) {
                assertThat(text)
                        .contains("Identifier (lower-case letters, digits and dashes): use 1 to 40")
                        .contains("Name: enter 1 to 100 characters.")
                        .contains("Time zone: choose a time zone")
                        .contains("Monday: the range 18:00–09:00 ends before it starts.")
                        .contains("Tuesday: enter at least one range, or untick the day.")
                        .contains("Holidays: 2026-02-30 is not a date.");
            } else {
                assertThat(text)
                        .contains("Nazwa: wpisz od 1 do 100 znaków.")
                        .contains("Strefa czasowa: wybierz strefę czasową")
                        .contains("Poniedziałek: przedział 18:00–09:00 kończy się, zanim się zaczyna.")
                        .contains("Wtorek: podaj co najmniej jeden przedział albo odznacz ten dzień.")
                        .contains("Dni wolne: 2026-02-30 nie jest datą.");
            }
        }
    }

    @Test
    void refusesOverlappingRangesBesideTheDay() throws Exception {
        var id = "overlap-" + token;
        mvc.perform(postAs(GLOBAL_ORG_ADMIN, "en", "/admin/sla/calendars")
                        .param("id", id)
                        .param("name", "Overlap " + token)
                        .param("zone", "TENANT")
                        .param("days[FRIDAY].open", "true")
                        .param("days[FRIDAY].ranges[0].start", "09:00")
                        .param("days[FRIDAY].ranges[0].end", "13:00")
                        .param("days[FRIDAY].ranges[1].start", "12:00")
                        .param("days[FRIDAY].ranges[1].end", "18:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Friday: the ranges 09:00–13:00 and 12:00–18:00 overlap.")));
        assertThat(settings.calendars("global"))
                .noneMatch(calendar -> calendar.id().equals(id));
    }

    @Test
    void previewsADeadlineInTheViewersZone() throws Exception {
        mvc.perform(postAs(CN_ORG_ADMIN, "en", "/admin/sla/calendars/preview")
                        .header("HX-Request", "true")
                        .param("name", "Preview")
                        .param("zone", "Asia/Shanghai")
                        .param("days[SATURDAY].open", "true")
                        .param("days[SATURDAY].ranges[0].start", "09:00")
                        .param("days[SATURDAY].ranges[0].end", "00:00")
                        .param("days[SUNDAY].open", "true")
                        .param("days[SUNDAY].ranges[0].start", "09:00")
                        .param("days[SUNDAY].ranges[0].end", "00:00")
                        .param("filedAt", "2026-03-07T23:30")
                        .param("targetAmount", "1")
                        .param("targetUnit", "BUSINESS_DAYS")
                        .param("from", "2026-03-07T08:00")
                        .param("to", "2026-03-07T10:00"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"preview\""),
                                containsString("11:30"),
                                containsString("Business time between the two moments: 1 h."),
                                not(containsString("<html")))));
    }

    @Test
    void previewOfAnInvalidCalendarSaysWhatToCorrect() throws Exception {
        mvc.perform(postAs(CN_ORG_ADMIN, "en", "/admin/sla/calendars/preview")
                        .header("HX-Request", "true")
                        .param("name", "Preview")
                        .param("zone", "Asia/Shanghai"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The calendar cannot be previewed yet"),
                                containsString("Opening hours: open the calendar on at least one day."))));
    }

    @Test
    void editsAPolicyAndRefusesACadenceOutsideSeverityA() throws Exception {
        mvc.perform(get("/admin/sla/policies/TECHNICAL/A").with(signedIn.as(CN_ORG_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("updateCadenceMinutes")));
        mvc.perform(postAs(CN_ORG_ADMIN, "en", "/admin/sla/policies/TECHNICAL/C")
                        .param("targetAmount", "3")
                        .param("targetUnit", "BUSINESS_DAYS")
                        .param("calendarId", "extended")
                        .param("updateCadenceMinutes", "30")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("field-error"),
                                containsString("only severity A has an update cadence"))));
    }

    @Test
    void flagsEveryWrongFieldOfAPolicyInOnePassNamingItInTheReadersLanguage() throws Exception {
        var expected = Map.of(
                "en",
                List.of(
                        "First response within: enter 1 to 525,600 minutes",
                        "Calendar: choose one of the organisation",
                        "Lower to severity: choose it together with a waiting time"),
                "pl",
                List.of(
                        "Pierwsza odpowiedź w ciągu: podaj od 1 do 525 600 minut",
                        "Kalendarz: wybierz jeden z kalendarzy organizacji.",
                        "Obniż do ważności: wybierz ją razem z czasem oczekiwania"));
        for (var language : expected.keySet()) {
            var page = okPage(postAs(GLOBAL_ORG_ADMIN, language, "/admin/sla/policies/TECHNICAL/B")
                    .param("targetAmount", "400")
                    .param("targetUnit", "BUSINESS_DAYS")
                    .param("calendarId", "no-such-calendar")
                    .param("downgradeTo", "C")
                    .param("version", "0"));
            assertThat(VisibleText.of(page)).contains(expected.get(language));
        }
    }

    private MockHttpServletRequestBuilder getAs(String user, String language, String path) {
        return get(path).with(signedIn.as(user)).header("Accept-Language", language);
    }

    /** A form sent by {@code user}, with its CSRF token, from a browser set to {@code language}. */
    private MockHttpServletRequestBuilder postAs(String user, String language, String path) {
        return post(path).with(signedIn.as(user)).with(csrf()).header("Accept-Language", language);
    }

    /** The page {@code request} answers with, which must be 200 OK. */
    private String okPage(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
