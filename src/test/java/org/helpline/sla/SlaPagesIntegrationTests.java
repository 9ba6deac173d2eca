package org.helpline.sla;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation admin's service-level pages. */
@HelplineIntegrationTest
class SlaPagesIntegrationTests {

    private static final String CN_ORG_ADMIN = "orgadmin@operator.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void listsTheOrganisationsCalendarsAndPolicies() throws Exception {
        mvc.perform(get("/admin/sla").with(signedIn.as(CN_ORG_ADMIN)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("09:00-24:00 every day"),
                                containsString("/admin/sla/policies/TECHNICAL/A"),
                                containsString("The tenant&#39;s time zone"))));
        mvc.perform(get("/admin/sla").with(signedIn.as("orgadmin@helpline.example")))
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
    void createsACalendarAndShowsRefusedRangesBesideTheDay() throws Exception {
        var id = "page-" + token;
        mvc.perform(post("/admin/sla/calendars")
                        .with(signedIn.as(CN_ORG_ADMIN))
                        .with(csrf())
                        .param("id", id)
                        .param("name", "Page " + token)
                        .param("zone", "Asia/Shanghai")
                        .param("days[MONDAY]", "09:00-12:00, 13:00-18:00")
                        .param("holidays", "2026-10-01\n2026-10-02"))
                .andExpect(redirectedUrl("/admin/sla?saved"));

        mvc.perform(post("/admin/sla/calendars/" + id)
                        .with(signedIn.as(CN_ORG_ADMIN))
                        .with(csrf())
                        .param("name", "Page " + token)
                        .param("zone", "Asia/Shanghai")
                        .param("version", "0")
                        .param("days[MONDAY]", "09:00-25:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(get("/admin/sla/calendars/" + id).with(signedIn.as(CN_ORG_ADMIN)))
                .andExpect(content()
                        .string(allOf(containsString("09:00-12:00, 13:00-18:00"), containsString("2026-10-02"))));
    }

    @Test
    void previewsADeadlineInTheViewersZone() throws Exception {
        mvc.perform(post("/admin/sla/calendars/preview")
                        .with(signedIn.as(CN_ORG_ADMIN))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .header("Accept-Language", "en")
                        .param("zone", "Asia/Shanghai")
                        .param("days[SATURDAY]", "09:00-24:00")
                        .param("days[SUNDAY]", "09:00-24:00")
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
                                containsString("60 min"),
                                not(containsString("<html")))));
    }

    @Test
    void editsAPolicyAndRefusesACadenceOutsideSeverityA() throws Exception {
        mvc.perform(get("/admin/sla/policies/TECHNICAL/A").with(signedIn.as(CN_ORG_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("updateCadenceMinutes")));
        mvc.perform(post("/admin/sla/policies/TECHNICAL/C")
                        .with(signedIn.as(CN_ORG_ADMIN))
                        .with(csrf())
                        .param("targetAmount", "3")
                        .param("targetUnit", "BUSINESS_DAYS")
                        .param("calendarId", "extended")
                        .param("updateCadenceMinutes", "30")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
    }
}
