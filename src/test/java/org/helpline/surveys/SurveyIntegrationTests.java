package org.helpline.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.ApiClient;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.helpline.shared.HelplineUser;
import org.helpline.surveys.internal.SurveyLink.State;
import org.helpline.surveys.internal.SurveyManagement;
import org.helpline.surveys.internal.SurveyTopic;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/** Surveys end to end: a resolved request mails its requester a signed link read back from GreenMail. */
class SurveyIntegrationTests {

    private static final String ADMIN = "admin@contoso.example";
    private static final String AGENT = "agent@helpline.example";
    private static final Set<String> SUBJECTS = Set.of(
            "How did we do? Tell us about your Helpline request", "Jak nam poszło? Oceń obsługę zgłoszenia Helpline");
    private static final Pattern LINK = Pattern.compile("/surveys/([A-Za-z0-9._-]+)");

    private final SurveyManagement surveys = MailApplication.bean(SurveyManagement.class);

    @Test
    void aLinkIsAnsweredOnceAndTheResultAttachesToTheRequestAndItsAgent() throws Exception {
        var request = fileAndResolve();
        var token = surveyToken(request.get("number").asString());
        assertThat(surveys.open(token).state()).isEqualTo(State.OPEN);

        var first = surveys.answer(
                token,
                new SurveyAnswer(
                        4, Set.of(SurveyTopic.SPEED), Set.of(SurveyTopic.SOLUTION), " Quick, but it came back. "));
        var second = surveys.answer(token, new SurveyAnswer(1, Set.of(), Set.of(), "changed my mind"));

        assertThat(first.state()).isEqualTo(State.RECORDED);
        assertThat(second.state()).isEqualTo(State.ANSWERED);
        assertThat(surveys.open(token).state()).isEqualTo(State.ANSWERED);
        var agent =
                (HelplineUser) MailApplication.bean(UserDetailsService.class).loadUserByUsername(AGENT);
        var id = UUID.fromString(request.get("id").asString());
        var result = surveys.result(agent, tenantOf(id), id).orElseThrow();
        assertThat(result.rating()).isEqualTo(4);
        assertThat(result.wentWell()).containsExactly(SurveyTopic.SPEED);
        assertThat(result.wentBadly()).containsExactly(SurveyTopic.SOLUTION);
        assertThat(result.comment()).isEqualTo("Quick, but it came back.");
        assertThat(result.agentId()).isEqualTo(agent.id());
    }

    @Test
    void aTamperedOrMalformedLinkIsRefused() throws Exception {
        var token = surveyToken(fileAndResolve().get("number").asString());
        var last = token.charAt(token.length() - 1);
        var tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        var otherId = UUID.randomUUID() + token.substring(token.indexOf('.'));

        assertThat(surveys.open(tampered).state()).isEqualTo(State.INVALID);
        assertThat(surveys.open(otherId).state()).isEqualTo(State.INVALID);
        assertThat(surveys.open("not-a-token").state()).isEqualTo(State.INVALID);
        assertThat(surveys.answer(tampered, new SurveyAnswer(5, Set.of(), Set.of(), null))
                        .state())
                .isEqualTo(State.INVALID);
        assertThat(surveys.open(token).state()).isEqualTo(State.OPEN);
    }

    @Test
    void aLinkExpiresAfterFourteenDays() throws Exception {
        var token = surveyToken(fileAndResolve().get("number").asString());
        MailServers.CLOCK.advance(Duration.ofDays(13));
        assertThat(surveys.open(token).state()).isEqualTo(State.OPEN);

        MailServers.CLOCK.advance(Duration.ofDays(1).plusMinutes(1));

        assertThat(surveys.open(token).state()).isEqualTo(State.EXPIRED);
        assertThat(surveys.answer(token, new SurveyAnswer(5, Set.of(), Set.of(), null))
                        .state())
                .isEqualTo(State.EXPIRED);
    }

    private static JsonNode fileAndResolve() {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("phone", "+48 22 123 45 67");
        contact.put("email", "survey-" + UUID.randomUUID() + "@contoso.example");
        contact.put("preferredMethod", "EMAIL");
        contact.put("language", "en");
        contact.put("available24x7", false);
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "TECHNICAL");
        body.put("serviceId", "mail");
        body.put("problemClassification", "mail-flow");
        body.put("title", "Survey " + UUID.randomUUID());
        body.put("description", "Mail is delayed.");
        body.put("severity", "B");
        body.put("routeTo", "PROVIDER");
        body.put("contact", contact);
        var filed = ApiClient.as(MailApplication.port(), ADMIN).post("/api/v1/requests", ApiClient.json(body));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        var path = "/api/v1/requests/" + filed.json().get("id").asString();
        var agent = ApiClient.as(MailApplication.port(), AGENT);
        var assigned = agent.post(
                path + "/assign",
                ApiClient.json(Map.of(
                        "assigneeId",
                        ((HelplineUser) MailApplication.bean(UserDetailsService.class)
                                        .loadUserByUsername(AGENT))
                                .id(),
                        "version",
                        filed.json().get("version").asLong())));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        var resolved = agent.post(
                path + "/status",
                ApiClient.json(Map.of(
                        "status",
                        "RESOLVED",
                        "reason",
                        "fixed",
                        "version",
                        assigned.json().get("version").asLong())));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        return filed.json();
    }

    private static String surveyToken(String number) throws Exception {
        return await("a survey e-mail about " + number)
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            for (var mail : MailServers.mailsTo(ADMIN)) {
                                var content = MailServers.html(mail);
                                var matcher = LINK.matcher(content);
                                if (content.contains(number) && matcher.find()) {
                                    assertThat(mail.getSubject()).isIn(SUBJECTS);
                                    return Optional.of(matcher.group(1));
                                }
                            }
                            return Optional.<String>empty();
                        },
                        Optional::isPresent)
                .orElseThrow();
    }

    private static UUID tenantOf(UUID requestId) {
        return MailApplication.bean(JdbcClient.class)
                .sql("select tenant_id from service_request where id = :id")
                .param("id", requestId)
                .query(UUID.class)
                .single();
    }
}
