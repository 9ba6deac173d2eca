package org.helpline.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.automation.internal.Routines;
import org.helpline.contact.ContactFixtures;
import org.helpline.requests.NewRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The routine automation (issue 21) driven through the application's clock: each run is given the
 * instant it runs at, and a second run at the same instant changes nothing.
 */
@HelplineIntegrationTest
class AutomationIntegrationTests {

    private static final String ORG_ADMIN = "orgadmin@helpline.example";
    private static final String AGENT = "agent@helpline.example";
    private static final String CONTOSO = "admin@contoso.example";

    @LocalServerPort
    int port;

    @Autowired
    Routines routines;

    @Autowired
    ContactFixtures contact;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void backToTheDefaults() {
        settings(7, 3, false);
    }

    @Test
    void aResolvedRequestClosesAfterTheConfiguredDaysOnceUnlessItsCustomerAnswered() {
        settings(7, 3, false);
        var quiet = resolved(file("Quiet " + UUID.randomUUID()));
        var answered = resolved(file("Answered " + UUID.randomUUID()));
        var written = ApiClient.as(port, CONTOSO)
                .post(
                        path(answered) + "/messages",
                        ApiClient.json(Map.of("body", "It is back.", "version", version(answered))));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        var now = clock.instant();

        routines.closeResolved(now.plus(Duration.ofDays(6)));
        assertThat(status(quiet)).isEqualTo("RESOLVED");

        assertThat(routines.closeResolved(now.plus(Duration.ofDays(8)))).isPositive();
        routines.closeResolved(now.plus(Duration.ofDays(8)));

        assertThat(status(quiet)).isEqualTo("CLOSED");
        assertThat(status(answered)).isEqualTo("RESOLVED");
        assertThat(history(quiet, "STATUS", "CLOSED")).isEqualTo(1);
        assertThat(audits("request.auto-closed", quiet))
                .singleElement()
                .asString()
                .contains("automation:close-resolved-after-7-days");
        assertThat(mails(quiet, "mail.subject.CLOSED"))
                .as("the closing e-mail goes once to everyone the resolution went to")
                .isPositive()
                .isEqualTo(mails(quiet, "mail.subject.RESOLVED"));
    }

    @Test
    void aCustomerWhoKeepsARequestWaitingIsRemindedOnceBeforeTheDowngrade() {
        settings(7, 1, false);
        var waiting = awaiting(file("Waiting " + UUID.randomUUID()));
        var critical = awaitingCritical();
        var now = clock.instant();

        routines.remind(now.plus(Duration.ofMinutes(30)));
        assertThat(history(waiting, "REMINDED", null)).isZero();
        assertThat(history(critical, "REMINDED", null)).isZero();

        routines.remind(now.plus(Duration.ofMinutes(61)));
        assertThat(history(critical, "REMINDED", null))
                .as("severity A is lowered after 2 hours: reminded halfway")
                .isEqualTo(1);
        assertThat(history(waiting, "REMINDED", null)).isZero();

        var askedBefore = mails(waiting, "mail.subject.INFO_REQUESTED");
        routines.remind(now.plus(Duration.ofHours(25)));
        routines.remind(now.plus(Duration.ofHours(25)));

        assertThat(history(waiting, "REMINDED", null)).isEqualTo(1);
        assertThat(history(critical, "REMINDED", null)).isEqualTo(1);
        assertThat(audits("request.customer-reminded", waiting)).hasSize(1);
        assertThat(askedBefore).isPositive();
        assertThat(mails(waiting, "mail.subject.INFO_REQUESTED"))
                .as("the reminder goes to whoever was asked for information")
                .isEqualTo(2 * askedBefore);
        var thread = ApiClient.as(port, CONTOSO).get(path(waiting)).json().get("messages");
        assertThat(thread.get(thread.size() - 1).get("bodyHtml").asString())
                .contains(waiting.get("number").asString(), "waiting for your answer");
        assertThat(status(waiting)).isEqualTo("AWAITING_CUSTOMER");
    }

    @Test
    void newRequestsGoInTurnToTheAgentsAtWorkWithTheLanguageAndTheFewestOpenRequests() {
        jdbc.sql("update contact_agent set presence = 'AWAY' where organisation_id = 'global'")
                .update();
        var first = contact.availableStaffAgent(List.of("en"));
        var second = contact.availableStaffAgent(List.of("en"));
        var polish = contact.availableStaffAgent(List.of("pl"));
        settings(7, 3, true);
        var one = file("Assign one " + UUID.randomUUID());
        var two = file("Assign two " + UUID.randomUUID());
        var three = file("Assign three " + UUID.randomUUID());

        routines.assign(clock.instant());
        assertThat(routines.assign(clock.instant())).isZero();

        var assignees = List.of(assignee(one), assignee(two), assignee(three));
        assertThat(assignees).doesNotContainNull().doesNotContain(polish.id().toString());
        assertThat(assignees).containsOnly(first.id().toString(), second.id().toString());
        assertThat(assignees.get(0)).isEqualTo(assignees.get(2)).isNotEqualTo(assignees.get(1));
        assertThat(history(one, "ASSIGNED", null)).isEqualTo(1);
        assertThat(jdbc.sql("select reason from request_history where request_id = :id and kind = 'ASSIGNED'")
                        .param("id", UUID.fromString(one.get("id").asString()))
                        .query(String.class)
                        .single())
                .isEqualTo("automation:assign-round-robin");
        assertThat(audits("request.auto-assigned", two)).hasSize(1);
    }

    @Test
    void theSettingsAreTheOrganisationAdminsOwnAndBadInputNamesTheField() {
        var admin = ApiClient.as(port, ORG_ADMIN);
        var read = admin.get("/api/v1/automation/settings");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        var version = read.json().get("version").asLong();

        var zero = admin.put(
                "/api/v1/automation/settings",
                ApiClient.json(Map.of(
                        "closeResolvedAfterDays", 0, "remindAfterDays", 3, "autoAssign", false, "version", version)));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("closeResolvedAfterDays");
        var stale = admin.put(
                "/api/v1/automation/settings",
                ApiClient.json(Map.of(
                        "closeResolvedAfterDays",
                        5,
                        "remindAfterDays",
                        3,
                        "autoAssign",
                        false,
                        "version",
                        version + 7)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/automation/settings")
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(version);

        var saved = admin.put(
                "/api/v1/automation/settings",
                ApiClient.json(Map.of(
                        "closeResolvedAfterDays", 5, "remindAfterDays", 2, "autoAssign", false, "version", version)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("closeResolvedAfterDays").asInt()).isEqualTo(5);
        assertThat(ApiClient.as(port, "orgadmin@operator.example")
                        .get("/api/v1/automation/settings")
                        .json()
                        .get("closeResolvedAfterDays")
                        .asInt())
                .as("another organisation keeps its own settings")
                .isNotEqualTo(5);
        assertThat(ApiClient.as(port, AGENT).get("/api/v1/automation/settings").status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, CONTOSO)
                        .get("/api/v1/automation/settings")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theSettingsPageSavesInTheReadersLanguageAndNamesTheFieldItRefuses() throws Exception {
        var page = mvc.perform(
                        get("/admin/automation").with(signedIn.as(ORG_ADMIN)).locale(Locale.forLanguageTag("pl")))
                .andReturn()
                .getResponse();
        page.setCharacterEncoding("UTF-8");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("id=\"automation-form\"", "Zamykaj rozwiązane zgłoszenia po");
        var version = ApiClient.as(port, ORG_ADMIN)
                .get("/api/v1/automation/settings")
                .json()
                .get("version")
                .asLong();

        var refused = mvc.perform(post("/admin/automation")
                        .with(signedIn.as(ORG_ADMIN))
                        .with(csrf())
                        .param("closeResolvedAfterDays", "400")
                        .param("remindAfterDays", "2")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
        refused.setCharacterEncoding("UTF-8");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("id=\"close-error\"", "1 to 365");
        assertThat(ApiClient.as(port, ORG_ADMIN)
                        .get("/api/v1/automation/settings")
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(version);

        var saved = mvc.perform(post("/admin/automation")
                        .with(signedIn.as(ORG_ADMIN))
                        .with(csrf())
                        .param("closeResolvedAfterDays", "")
                        .param("remindAfterDays", "2")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/automation");
        var now =
                ApiClient.as(port, ORG_ADMIN).get("/api/v1/automation/settings").json();
        var close = now.get("closeResolvedAfterDays");
        assertThat(close == null || close.isNull()).as(now.toString()).isTrue();
        assertThat(now.get("remindAfterDays").asInt()).isEqualTo(2);
        assertThat(mvc.perform(get("/admin/automation").with(signedIn.as(AGENT)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private void settings(Integer close, Integer remind, boolean assign) {
        var admin = ApiClient.as(port, ORG_ADMIN);
        var version =
                admin.get("/api/v1/automation/settings").json().get("version").asLong();
        var body = new java.util.HashMap<String, Object>();
        body.put("closeResolvedAfterDays", close);
        body.put("remindAfterDays", remind);
        body.put("autoAssign", assign);
        body.put("version", version);
        var saved = admin.put("/api/v1/automation/settings", ApiClient.json(body));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private JsonNode file(String title) {
        var filed = ApiClient.as(port, CONTOSO).post("/api/v1/requests", ApiClient.json(NewRequests.technical(title)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json();
    }

    private JsonNode awaitingCritical() {
        var body = NewRequests.technical("Critical waiting " + UUID.randomUUID());
        body.put("severity", "A");
        body.put(
                "contact",
                Map.of(
                        "name", "Frank Miller",
                        "phone", "+1 212 555 0100",
                        "email", "admin@fabrikam.example",
                        "preferredMethod", "EMAIL",
                        "language", "en",
                        "available24x7", true));
        body.put("businessImpact", "Orders are lost.");
        var filed = ApiClient.as(port, "admin@fabrikam.example").post("/api/v1/requests", ApiClient.json(body));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return awaiting(filed.json());
    }

    private JsonNode resolved(JsonNode request) {
        return move(request, "RESOLVED");
    }

    private JsonNode awaiting(JsonNode request) {
        return move(request, "AWAITING_CUSTOMER");
    }

    private JsonNode move(JsonNode request, String status) {
        var moved = ApiClient.as(port, AGENT)
                .post(path(request) + "/status", ApiClient.json(Map.of("status", status, "version", version(request))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved.json();
    }

    private long version(JsonNode request) {
        return ApiClient.as(port, AGENT)
                .get(path(request))
                .json()
                .get("version")
                .asLong();
    }

    private String status(JsonNode request) {
        return ApiClient.as(port, AGENT).get(path(request)).json().get("status").asString();
    }

    private String assignee(JsonNode request) {
        var assignee = ApiClient.as(port, AGENT).get(path(request)).json().get("assignee");
        return assignee == null || assignee.isNull() ? null : assignee.get("id").asString();
    }

    private long history(JsonNode request, String kind, String to) {
        return jdbc.sql("""
                        select count(*) from request_history where request_id = :id and kind = :kind
                            and actor_id is null and (cast(:to as varchar(200)) is null or to_value = :to)
                        """)
                .param("id", UUID.fromString(request.get("id").asString()))
                .param("kind", kind)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    private List<String> audits(String action, JsonNode request) {
        return jdbc.sql("select details from audit_event where action = :action and target = :number")
                .param("action", action)
                .param("number", request.get("number").asString())
                .query(String.class)
                .list();
    }

    private long mails(JsonNode request, String subject) {
        return jdbc.sql("select count(*) from notify_message where subject_key = :subject and payload like :number")
                .param("subject", subject)
                .param("number", "%" + request.get("number").asString() + "%")
                .query(Long.class)
                .single();
    }

    private static String path(JsonNode request) {
        return "/api/v1/requests/" + request.get("id").asString();
    }
}
