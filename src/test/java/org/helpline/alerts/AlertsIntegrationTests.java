package org.helpline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpline.alerts.AlertFixtures.awaitAlerts;
import static org.helpline.alerts.AlertFixtures.find;
import static org.helpline.alerts.AlertFixtures.has;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.identity.UserManagement;
import org.helpline.notify.internal.MessageRenderer;
import org.helpline.notify.internal.Payloads;
import org.helpline.shared.Role;
import org.helpline.sla.ClockKind;
import org.helpline.sla.SlaAtRisk;
import org.helpline.sla.SlaBreached;
import org.helpline.sla.internal.AtRiskWatch;
import org.helpline.sla.internal.SlaTimers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 7 end to end: the real clocks of a filed request reach 75% and their deadline, the
 * assignee and the supervisors get in-app alerts and e-mails; replays add nothing; nobody sees
 * another user's alerts.
 */
@HelplineIntegrationTest
class AlertsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AtRiskWatch watch;

    @Autowired
    SlaTimers timers;

    @Autowired
    MessageRenderer renderer;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private AlertFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AlertFixtures(port, users, jdbc);
    }

    @Test
    void theAssigneeIsAlertedAtRiskAndOnBreachAndTheSupervisorOnlyOnBreach() {
        var agent = fixtures.staff(Role.AGENT, "pl");
        var supervisor = fixtures.staff(Role.SUPERVISOR, "en");
        var request = fixtures.fileCritical("Mail queue stuck " + token);
        var requestId = UUID.fromString(request.get("id").asString());
        var number = request.get("number").asString();
        fixtures.assign(request, agent);
        var received = fixtures.receivedAt(requestId);

        watch.warnDue(received.plus(Duration.ofMinutes(44)));
        assertThat(fixtures.alertRows(agent.id(), requestId, "AT_RISK"))
                .as("not at risk before 75% of the time (alerts are written in the warning's transaction)")
                .isZero();
        watch.warnDue(received.plus(Duration.ofMinutes(46)));

        var atRisk = find(awaitAlerts(agent.api(port), has(requestId, "AT_RISK")), requestId, "AT_RISK");
        assertThat(atRisk.get("requestNumber").asString()).isEqualTo(number);
        assertThat(atRisk.get("clock").asString()).isEqualTo("FIRST_RESPONSE");
        assertThat(Instant.parse(atRisk.get("due").asString())).isEqualTo(received.plus(Duration.ofHours(1)));
        assertThat(atRisk.get("readAt").isNull()).isTrue();
        assertThat(fixtures.emails(agent.login(), "alerts.mail.subject.AT_RISK", number))
                .isEqualTo(1);
        var mail = fixtures.email(agent.login(), "alerts.mail.subject.AT_RISK", number);
        assertThat(mail.get("locale")).isEqualTo("pl");
        var values = Payloads.read(mail.get("payload"));
        assertThat(renderer.subject("alerts.mail.subject.AT_RISK", Locale.forLanguageTag("pl"), values))
                .isEqualTo("Zgłoszeniu " + number + " grozi przekroczenie SLA");
        assertThat(renderer.email("alerts/mail", Locale.forLanguageTag("pl"), values))
                .contains("wykorzystało 75% czasu", "Pierwsza odpowiedź", "/workspace/requests/" + requestId, "(UTC)");

        assertThat(timers.fire(fixtures.clockId(requestId, "FIRST_RESPONSE"), received.plus(Duration.ofMinutes(61))))
                .isTrue();

        awaitAlerts(agent.api(port), has(requestId, "BREACHED"));
        var supervisorAlerts = awaitAlerts(supervisor.api(port), has(requestId, "BREACHED"));
        assertThat(find(supervisorAlerts, requestId, "AT_RISK"))
                .as("no at-risk for supervisors")
                .isNull();
        assertThat(fixtures.emails(supervisor.login(), "alerts.mail.subject.BREACHED", number))
                .isEqualTo(1);
        assertThat(fixtures.emails(supervisor.login(), "alerts.mail.subject.AT_RISK", number))
                .isZero();
        assertThat(fixtures.emails(agent.login(), "alerts.mail.subject.BREACHED", number))
                .isEqualTo(1);
        var breachMail = Payloads.read(fixtures.email(supervisor.login(), "alerts.mail.subject.BREACHED", number)
                .get("payload"));
        assertThat(renderer.subject("alerts.mail.subject.BREACHED", Locale.ENGLISH, breachMail))
                .isEqualTo("Request " + number + " missed its SLA");
    }

    @Test
    void anUnassignedRequestsBreachReachesOnlyTheSupervisorsAndAReplayedEventAddsNothing() {
        var supervisor = fixtures.staff(Role.SUPERVISOR, "zh-CN");
        var request = fixtures.fileCritical("Nobody took it " + token);
        var requestId = UUID.fromString(request.get("id").asString());
        var number = request.get("number").asString();
        var due = Instant.parse(request.get("sla").get("firstResponseDue").asString());
        var tenantId = UUID.fromString(request.get("tenant").get("id").asString());

        publish(new SlaAtRisk(requestId, tenantId, "global", ClockKind.FIRST_RESPONSE, due, Instant.now()));
        var breach = new SlaBreached(requestId, tenantId, "global", ClockKind.FIRST_RESPONSE, due, Instant.now());
        publish(breach);
        publish(breach);

        awaitAlerts(supervisor.api(port), has(requestId, "BREACHED"));
        assertThat(fixtures.alertRows(supervisor.id(), requestId, "BREACHED")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from sla_alert where request_id = :id and kind = 'AT_RISK'")
                        .param("id", requestId)
                        .query(Long.class)
                        .single())
                .as("an unassigned request's at-risk warning goes to nobody")
                .isZero();
        assertThat(fixtures.emails(supervisor.login(), "alerts.mail.subject.BREACHED", number))
                .isEqualTo(1);
        var mail = fixtures.email(supervisor.login(), "alerts.mail.subject.BREACHED", number);
        assertThat(mail.get("locale")).isEqualTo("zh-CN");
        assertThat(renderer.subject(
                        "alerts.mail.subject.BREACHED", Locale.SIMPLIFIED_CHINESE, Payloads.read(mail.get("payload"))))
                .isEqualTo("服务请求 " + number + " 已违反 SLA");
    }

    @Test
    void aUserSeesAndMarksOnlyTheirOwnAlerts() {
        var agent = fixtures.staff(Role.AGENT, "en");
        var other = fixtures.staff(Role.AGENT, "en");
        var request = fixtures.fileCritical("Private alert " + token);
        var requestId = UUID.fromString(request.get("id").asString());
        fixtures.assign(request, agent);
        var due = Instant.parse(request.get("sla").get("firstResponseDue").asString());
        publish(new SlaAtRisk(requestId, null, "global", ClockKind.FIRST_RESPONSE, due, Instant.now()));
        publish(new SlaBreached(requestId, null, "global", ClockKind.FIRST_RESPONSE, due, Instant.now()));
        var mine = awaitAlerts(
                agent.api(port),
                list -> has(requestId, "AT_RISK").test(list)
                        && has(requestId, "BREACHED").test(list));
        assertThat(mine.get("unread").asLong()).isEqualTo(2);
        var alertId = find(mine, requestId, "AT_RISK").get("id").asString();

        var theirs = other.api(port).get("/api/v1/alerts").json();
        assertThat(theirs.get("alerts").toString()).doesNotContain(requestId.toString());
        var stolen = other.api(port).post("/api/v1/alerts/" + alertId + "/read", "{}");
        assertThat(stolen.status()).isEqualTo(404);
        assertThat(stolen.contentType()).contains("problem+json");
        assertThat(other.api(port)
                        .post("/api/v1/alerts/read", "{}")
                        .json()
                        .get("marked")
                        .asInt())
                .isZero();
        assertThat(agent.api(port).get("/api/v1/alerts").json().get("unread").asLong())
                .as("still unread for the owner")
                .isEqualTo(2);

        var read = agent.api(port).post("/api/v1/alerts/" + alertId + "/read", "{}");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("readAt").isNull()).isFalse();
        assertThat(agent.api(port)
                        .get("/api/v1/alerts?unread=true")
                        .json()
                        .get("alerts")
                        .size())
                .isEqualTo(1);
        assertThat(agent.api(port)
                        .post("/api/v1/alerts/read", "{}")
                        .json()
                        .get("marked")
                        .asInt())
                .isEqualTo(1);
        assertThat(agent.api(port).get("/api/v1/alerts").json().get("unread").asLong())
                .isZero();
        assertThat(agent.api(port)
                        .post("/api/v1/alerts/" + UUID.randomUUID() + "/read", "{}")
                        .status())
                .isEqualTo(404);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
