package org.helpline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.dashboard.internal.DashboardManagement;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.MessageKind;
import org.helpline.requests.RequestMessageAdded;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockKind;
import org.helpline.sla.SlaBreached;
import org.helpline.surveys.SurveyAnswered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard over a hand-built data set in January 2020 of a service of its own: closed
 * requests of a fresh tenant with their SLA clocks and answered surveys, written straight into the
 * tables of requests, sla and surveys, then announced by their events so the dashboard's listeners project them as they would
 * after intake or an answer. Replaying an event must change nothing.
 */
@HelplineIntegrationTest
class DashboardIntegrationTests {

    private static final String SUPERVISOR = "supervisor@helpline.example";
    private static final String PERIOD = "from=2020-01-06&to=2020-01-19&service=";

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    private final String service = "dash-" + UUID.randomUUID().toString().substring(0, 8);
    private UUID tenant;

    @BeforeEach
    void handBuiltDataSet() throws InterruptedException {
        tenant = UUID.randomUUID();
        jdbc.sql("""
                insert into tenant (id, organisation_id, name, domain, country, time_zone, language, contract, created_at)
                values (:id, 'global', 'Dashboard Test', :domain, 'PL', 'Europe/Warsaw', 'en', 'STANDARD', :at)
                """)
                .param("id", tenant)
                .param("domain", service + ".example")
                .param("at", at("2020-01-01T00:00:00Z"))
                .update();
        var requests = List.of(
                request(tenant, "A", "2020-01-06T09:00:00Z", 60, 30, false),
                request(tenant, "A", "2020-01-07T09:00:00Z", 60, 90, true),
                request(tenant, "B", "2020-01-08T09:00:00Z", 600, 300, false),
                request(tenant, "C", "2020-01-14T09:00:00Z", 1440, 2000, true));
        var surveys = List.of(
                survey(tenant, "A", "2020-01-08T10:00:00Z", 5),
                survey(tenant, "B", "2020-01-09T10:00:00Z", 3),
                survey(tenant, "C", "2020-01-15T10:00:00Z", 2));
        requests.forEach(id -> publish(announced(id)));
        surveys.forEach(this::publish);
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
    void aRequestAnnouncedByItsEventCountsOnceHoweverOftenTheEventsArrive() throws Exception {
        var id = request(tenant, "B", "2020-01-16T09:00:00Z", 600, 30, false);
        var announced = announced(id);
        var breached = new SlaBreached(
                id, tenant, "global", ClockKind.NEXT_UPDATE, Instant.parse("2020-01-16T13:00:00Z"), Instant.now());

        publish(announced);
        var attainment = "category,A,B,C\n2020-01-06,50,100,\n2020-01-13,,100,0\n";
        assertThat(csv(SUPERVISOR, "attainment")).isEqualTo(attainment);
        assertThat(csv(SUPERVISOR, "breaches")).isEqualTo("category,breaches\n2020-01-06,1\n2020-01-13,1\n");

        // sla marks the clock breached, then tells of it
        clock(id, "NEXT_UPDATE", "BREACHED", 240, "2020-01-16T09:30:00Z", "2020-01-16T13:00:00Z", null, true);
        publish(breached);
        var breaches = "category,breaches\n2020-01-06,1\n2020-01-13,2\n";
        assertThat(csv(SUPERVISOR, "breaches")).isEqualTo(breaches);

        publish(announced);
        publish(breached);
        assertThat(csv(SUPERVISOR, "attainment")).isEqualTo(attainment);
        assertThat(csv(SUPERVISOR, "breaches")).isEqualTo(breaches);
        assertThat(csv(SUPERVISOR, "response-times"))
                .isEqualTo("category,requests\n<15m,0\n15m-1h,2\n1-4h,1\n4-24h,1\n>24h,1\n");
    }

    @Test
    void aChangedRequestMovesBetweenCountersAndAnOpenOneJoinsTheBacklog() throws Exception {
        var id = request(tenant, "C", "2020-01-17T09:00:00Z", 60, 30, false);
        publish(announced(id));
        assertThat(csv(SUPERVISOR, "attainment")).isEqualTo("category,A,B,C\n2020-01-06,50,100,\n2020-01-13,,,50\n");

        jdbc.sql("update service_request set severity = 'A', status = 'IN_PROGRESS' where id = :id")
                .param("id", id)
                .update();
        publish(new RequestSeverityChanged(
                id, tenant, "global", "D", Severity.C, Severity.A, "x", false, Instant.now()));

        assertThat(csv(SUPERVISOR, "attainment")).isEqualTo("category,A,B,C\n2020-01-06,50,100,\n2020-01-13,100,,0\n");
        assertThat(csv(SUPERVISOR, "backlog"))
                .isEqualTo("category,A,B,C\n<1d,0,0,0\n1-3d,0,0,0\n3-7d,0,0,0\n>7d,1,0,0\n");
    }

    @Test
    void anAnsweredSurveyCountsOnceHoweverOftenTheEventArrives() throws Exception {
        var answered = new SurveyAnswered(
                UUID.randomUUID(),
                UUID.randomUUID(),
                tenant,
                "global",
                service,
                "C",
                null,
                "Eve Agent",
                5,
                Instant.parse("2020-01-16T10:00:00Z"));

        publish(answered);
        publish(answered);

        assertThat(csv(SUPERVISOR, "satisfaction")).isEqualTo("category,rating\n2020-01-06,4\n2020-01-13,3.50\n");
        assertThat(csv(SUPERVISOR, "satisfaction-agent")).isEqualTo("category,rating\nDana Agent,3.33\nEve Agent,5\n");
    }

    @Test
    void aRequestFiledAndAnsweredThroughTheApiIsProjectedByTheListeners() throws Exception {
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "TECHNICAL");
        body.put("serviceId", "mail");
        body.put("problemClassification", "mail-flow");
        body.put("title", "Dashboard " + UUID.randomUUID());
        body.put("description", "Mail is delayed.");
        body.put("severity", "B");
        body.put("routeTo", "PROVIDER");
        body.put(
                "contact",
                Map.of("phone", "+48 22 123 45 67", "email", "admin@contoso.example", "preferredMethod", "EMAIL"));
        var filed = ApiClient.as(port, "admin@contoso.example").post("/api/v1/requests", ApiClient.json(body));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        var id = UUID.fromString(filed.json().get("id").asString());
        // projected in the transaction that filed it: there at once
        assertThat(projected(id)).containsEntry("severity", "B").containsEntry("is_open", true);
        assertThat(projected(id).get("first_response_at")).isNull();

        var reply = ApiClient.as(port, "agent@helpline.example")
                .post(
                        "/api/v1/requests/" + id + "/messages",
                        ApiClient.json(Map.of(
                                "body",
                                "We are on it.",
                                "version",
                                filed.json().get("version").asLong())));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);

        var row = projected(id);
        assertThat(row.get("first_response_at")).isNotNull();
        assertThat(row).containsEntry("service_id", "mail").containsEntry("unanswered", false);
    }

    @Test
    void anotherOrganisationsSupervisorSeesNoneOfIt() throws Exception {
        assertThat(csv("supervisor@operator.example", "breaches"))
                .isEqualTo("category,breaches\n2020-01-06,0\n2020-01-13,0\n");
    }

    @Test
    void thePageShowsEveryChartWithItsTableInTheReadersWordsAndOnlyToSupervisorsAndOrganisationAdmins()
            throws Exception {
        var english = page("en");
        assertThat(english.split("class=\"dashboard-chart\"", -1))
                .as("a drawing for each chart but the empty backlog")
                .hasSize(DashboardManagement.CHARTS.size());
        assertThat(english.split("<table class=\"table table-sm\"", -1)).hasSize(DashboardManagement.CHARTS.size());
        assertThat(english)
                .contains(
                        "First responses on time, % per week and severity",
                        "Week of Jan 6, 2020",
                        "data-value=\"50\">50%",
                        "15 min to 1 h",
                        "Severity A",
                        "No request is open.",
                        "/dashboard/backlog.csv",
                        "echarts.common.min.js")
                .doesNotContain("class=\"chart\" role=\"img\"", "2020-01-06</th>", "<15m");
        assertThat(page("pl"))
                .contains(
                        "Tydzień od 6 sty 2020", "od 15 min do 1 godz.", "3,33", "Żadne zgłoszenie nie jest otwarte.");
        assertThat(page("zh-CN")).contains("2020年1月6日起的一周", "15 分钟至 1 小时", "没有未结请求。");
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

    private String page(String language) throws Exception {
        return mvc.perform(get("/dashboard?" + PERIOD + service)
                        .with(signedIn.as(SUPERVISOR))
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Map<String, Object> projected(UUID id) {
        return jdbc.sql("""
                        select severity, service_id, is_open, unanswered, first_response_at from dashboard_request
                        where id = :id
                        """).param("id", id).query().singleRow();
    }

    private String csv(String login, String chart) throws Exception {
        return mvc.perform(
                        get("/dashboard/" + chart + ".csv?" + PERIOD + service).with(signedIn.as(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private UUID request(
            UUID tenant, String severity, String received, int targetMinutes, int respondedAfter, boolean breached) {
        var at = Instant.parse(received);
        var id = UUID.randomUUID();
        var values = new HashMap<String, Object>();
        values.put("tenant", tenant);
        values.put("id", id);
        values.put("number", "D-" + UUID.randomUUID().toString().substring(0, 20));
        values.put("service", service);
        values.put("severity", severity);
        values.put("received", at(received));
        values.put("responded", OffsetDateTime.ofInstant(at.plusSeconds(respondedAfter * 60L), ZoneOffset.UTC));
        jdbc.sql("""
                insert into service_request (tenant_id, id, organisation_id, number, tenant_name, category, service_id,
                    classification_id, title, description_markdown, description_html, severity, status, handled_by,
                    channel, requester_id, requester_name, contact_email, preferred_method, contact_language,
                    available_24x7, received_at, first_response_at, resolved_at, updated_at)
                values (:tenant, :id, 'global', :number, 'Dashboard Test', 'TECHNICAL', :service, 'mail-flow', 'x', 'x',
                    'x', :severity, 'CLOSED', 'PROVIDER', 'PORTAL', :tenant, 'x', 'x@dashboard.example', 'EMAIL', 'en',
                    false, :received, :responded, :responded, :responded)
                """).params(values).update();
        jdbc.sql("""
                insert into sla_request (tenant_id, request_id, organisation_id, category, severity, tenant_zone,
                    received_at, closed_at)
                values (:tenant, :id, 'global', 'TECHNICAL', :severity, 'UTC', :received, :responded)
                """).params(values).update();
        var due = at.plusSeconds(targetMinutes * 60L);
        var responded = at.plusSeconds(respondedAfter * 60L);
        clock(
                id,
                "FIRST_RESPONSE",
                breached ? "BREACHED" : "MET",
                targetMinutes,
                received,
                due.toString(),
                responded.toString(),
                breached);
        return id;
    }

    /** A clock of the request as sla keeps it (the dashboard reads deadlines and breaches from sla). */
    private void clock(
            UUID id,
            String kind,
            String state,
            int targetMinutes,
            String started,
            String due,
            String met,
            boolean breached) {
        var values = new HashMap<String, Object>();
        values.put("tenant", tenant);
        values.put("request", id);
        values.put("kind", kind);
        values.put("id", UUID.randomUUID());
        values.put("state", state);
        values.put("target", targetMinutes * 60L);
        values.put("started", at(started));
        values.put("due", at(due));
        values.put("met", met == null ? null : at(met));
        values.put("breached", breached ? at(due) : null);
        jdbc.sql("""
                insert into sla_clock (tenant_id, request_id, kind, id, state, target_seconds, calendar_time,
                    started_at, due_at, met_at, breached_at)
                values (:tenant, :request, :kind, :id, :state, :target, true, :started, :due, :met, :breached)
                """).params(values).update();
    }

    private SurveyAnswered survey(UUID tenant, String severity, String answered, int rating) {
        var values = new HashMap<String, Object>();
        var id = UUID.randomUUID();
        values.put("tenant", tenant);
        values.put("id", id);
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
        return new SurveyAnswered(
                id, id, tenant, "global", service, severity, null, "Dana Agent", rating, Instant.parse(answered));
    }

    /** A notice from Helpline in the request's thread: an event of the request no other module acts on. */
    private RequestMessageAdded announced(UUID id) {
        return new RequestMessageAdded(
                id,
                tenant,
                "global",
                "D",
                UUID.randomUUID(),
                AuthorSide.SYSTEM,
                MessageKind.SYSTEM,
                false,
                Instant.now());
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}
