package org.helpline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard over a hand-built data set in January 2020 of a service of its own: closed
 * requests of a fresh tenant and answered surveys, written straight into the tables.
 */
@HelplineIntegrationTest
class DashboardIntegrationTests {

    private static final String SUPERVISOR = "supervisor@helpline.example";
    private static final String PERIOD = "from=2020-01-06&to=2020-01-19&service=";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    private final String service = "dash-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void handBuiltDataSet() {
        var tenant = UUID.randomUUID();
        jdbc.sql("""
                insert into tenant (id, organisation_id, name, domain, country, time_zone, language, contract, created_at)
                values (:id, 'global', 'Dashboard Test', :domain, 'PL', 'Europe/Warsaw', 'en', 'STANDARD', :at)
                """)
                .param("id", tenant)
                .param("domain", service + ".example")
                .param("at", at("2020-01-01T00:00:00Z"))
                .update();
        request(tenant, "A", "2020-01-06T09:00:00Z", 60, 30, false);
        request(tenant, "A", "2020-01-07T09:00:00Z", 60, 90, true);
        request(tenant, "B", "2020-01-08T09:00:00Z", 600, 300, false);
        request(tenant, "C", "2020-01-14T09:00:00Z", 1440, 2000, true);
        survey(tenant, "A", "2020-01-08T10:00:00Z", 5);
        survey(tenant, "B", "2020-01-09T10:00:00Z", 3);
        survey(tenant, "C", "2020-01-15T10:00:00Z", 2);
    }

    @Test
    void theFiguresMatchTheHandBuiltDataSet() throws Exception {
        assertThat(csv(SUPERVISOR, "attainment")).isEqualTo("category,A,B,C\n2020-01-06,50,100,\n2020-01-13,,,0\n");
        assertThat(csv(SUPERVISOR, "breaches")).isEqualTo("category,breaches\n2020-01-06,1\n2020-01-13,1\n");
        assertThat(csv(SUPERVISOR, "response-times"))
                .isEqualTo("category,requests\n<15m,0\n15m-1h,1\n1-4h,1\n4-24h,1\n>24h,1\n");
        assertThat(csv(SUPERVISOR, "satisfaction")).isEqualTo("category,rating\n2020-01-06,4\n2020-01-13,2\n");
        assertThat(csv(SUPERVISOR, "satisfaction-severity")).isEqualTo("category,rating\nA,5\nB,3\nC,2\n");
        assertThat(csv(SUPERVISOR, "satisfaction-agent")).isEqualTo("category,rating\nDana Agent,3.33\n");
    }

    @Test
    void anotherOrganisationsSupervisorSeesNoneOfIt() throws Exception {
        assertThat(csv("supervisor@operator.example", "breaches"))
                .isEqualTo("category,breaches\n2020-01-06,0\n2020-01-13,0\n");
    }

    @Test
    void thePageShowsEveryChartAsSvgAndOnlyToSupervisorsAndOrganisationAdmins() throws Exception {
        var page = mvc.perform(get("/dashboard?" + PERIOD + service)
                        .with(signedIn.as(SUPERVISOR))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.split("<svg", -1)).hasSize(DashboardManagement.CHARTS.size() + 1);
        assertThat(page).contains("First responses on time", "/dashboard/backlog.csv");
        mvc.perform(get("/dashboard").with(signedIn.as("orgadmin@helpline.example")))
                .andExpect(status().isOk());
        mvc.perform(get("/dashboard").with(signedIn.as("agent@helpline.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badFiltersAreRefusedWithA400() throws Exception {
        mvc.perform(get("/dashboard?from=yesterday").with(signedIn.as(SUPERVISOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard?from=2020-02-01&to=2020-01-01").with(signedIn.as(SUPERVISOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard/nothing.csv").with(signedIn.as(SUPERVISOR))).andExpect(status().isNotFound());
    }

    private String csv(String login, String chart) throws Exception {
        return mvc.perform(
                        get("/dashboard/" + chart + ".csv?" + PERIOD + service).with(signedIn.as(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void request(
            UUID tenant, String severity, String received, int targetMinutes, int respondedAfter, boolean breached) {
        var at = Instant.parse(received);
        var values = new HashMap<String, Object>();
        values.put("tenant", tenant);
        values.put("id", UUID.randomUUID());
        values.put("number", "D-" + UUID.randomUUID().toString().substring(0, 20));
        values.put("service", service);
        values.put("severity", severity);
        values.put("received", at(received));
        values.put("due", OffsetDateTime.ofInstant(at.plusSeconds(targetMinutes * 60L), ZoneOffset.UTC));
        values.put("responded", OffsetDateTime.ofInstant(at.plusSeconds(respondedAfter * 60L), ZoneOffset.UTC));
        values.put("breached", breached);
        jdbc.sql("""
                insert into service_request (tenant_id, id, organisation_id, number, tenant_name, category, service_id,
                    classification_id, title, description_markdown, description_html, severity, status, handled_by,
                    channel, requester_id, requester_name, contact_email, preferred_method, contact_language,
                    available_24x7, received_at, first_response_due, first_response_at, breached, resolved_at, updated_at)
                values (:tenant, :id, 'global', :number, 'Dashboard Test', 'TECHNICAL', :service, 'mail-flow', 'x', 'x',
                    'x', :severity, 'CLOSED', 'PROVIDER', 'WEB', :tenant, 'x', 'x@dashboard.example', 'EMAIL', 'en',
                    false, :received, :due, :responded, :breached, :responded, :responded)
                """).params(values).update();
    }

    private void survey(UUID tenant, String severity, String answered, int rating) {
        var values = new HashMap<String, Object>();
        values.put("tenant", tenant);
        values.put("id", UUID.randomUUID());
        values.put("service", service);
        values.put("severity", severity);
        values.put("answered", at(answered));
        values.put("rating", rating);
        jdbc.sql("""
                insert into survey (tenant_id, id, request_id, organisation_id, number, title, service_id, severity,
                    agent_name, recipient, sent_at, expires_at, answered_at, rating)
                values (:tenant, :id, :id, 'global', 'D', 'x', :service, :severity, 'Dana Agent', 'x@dashboard.example',
                    :answered, :answered, :answered, :rating)
                """).params(values).update();
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}
