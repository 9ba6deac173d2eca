package org.helpline.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.identity.Correspondents;
import org.helpline.notify.Outbox;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.RequestStatusChanged;
import org.helpline.requests.Requester;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.Severity;
import org.helpline.surveys.internal.SurveyLink;
import org.helpline.surveys.internal.SurveyManagement;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The surveys module with the platform's keys, the modules it asks about a request replaced: a
 * resolved request's contact is mailed a signed link, and answering through it publishes the answer.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class SurveysModuleIntegrationTests {

    @MockitoBean
    RequestSnapshots requests;

    @MockitoBean
    Correspondents users;

    @MockitoBean
    TenantManagement tenancy;

    @MockitoBean
    Outbox outbox;

    @Autowired
    SurveyManagement surveys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResolvedRequestsContactIsMailedALinkWhoseAnswerIsPublished(Scenario scenario) {
        var request = request(tenant());
        when(requests.current(request.id())).thenReturn(Optional.of(request));

        scenario.publish(new RequestStatusChanged(
                        request.id(),
                        request.tenantId(),
                        "global",
                        request.number(),
                        RequestStatus.IN_PROGRESS,
                        RequestStatus.RESOLVED,
                        "fixed",
                        Instant.parse("2026-03-09T10:00:00Z")))
                .andWaitForStateChange(() -> surveysOf(request), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        var token = token(mailedLink(request));
        assertThat(surveys.open(token).state()).isEqualTo(SurveyLink.State.OPEN);
        scenario.stimulate(() -> surveys.answer(token, new SurveyAnswer(4, Set.of(), Set.of(), "Quick")))
                .andWaitForEventOfType(SurveyAnswered.class)
                .matching(answered -> answered.requestId().equals(request.id()))
                .toArriveAndVerify((answered, link) -> {
                    assertThat(link.state()).isEqualTo(SurveyLink.State.RECORDED);
                    assertThat(answered.rating()).isEqualTo(4);
                    assertThat(answered.agentName()).isEqualTo("Ann Agent");
                });
    }

    @SuppressWarnings("unchecked")
    private String mailedLink(ServiceRequest request) {
        var values = ArgumentCaptor.forClass(Map.class);
        verify(outbox)
                .enqueueEmail(
                        eq("customer@surveys.example"),
                        eq(Locale.forLanguageTag("pl")),
                        eq("surveys.mail.subject"),
                        eq("surveys/mail/survey"),
                        values.capture());
        assertThat(values.getValue()).containsEntry("number", request.number());
        return (String) values.getValue().get("link");
    }

    private long surveysOf(ServiceRequest request) {
        return jdbc.sql("select count(*) from survey where request_id = :id")
                .param("id", request.id())
                .query(Long.class)
                .single();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private UUID tenant() {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into tenant (id, organisation_id, name, domain, country, time_zone, language, contract, created_at)
                values (:id, 'global', 'Survey tenant', :domain, 'PL', 'Europe/Warsaw', 'pl', 'ADVANCED', :now)
                """)
                .param("id", id)
                .param("domain", id + ".surveys.example")
                .param("now", OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .update();
        return id;
    }

    private static ServiceRequest request(UUID tenantId) {
        var request = mock(ServiceRequest.class);
        var id = UUID.randomUUID();
        when(request.id()).thenReturn(id);
        when(request.tenantId()).thenReturn(tenantId);
        when(request.organisationId()).thenReturn("global");
        when(request.number()).thenReturn("HL-" + id.toString().substring(0, 8));
        when(request.title()).thenReturn("Mail is delayed");
        when(request.serviceId()).thenReturn("mail");
        when(request.severity()).thenReturn(Severity.B);
        when(request.assigneeName()).thenReturn("Ann Agent");
        when(request.requester()).thenReturn(new Requester(UUID.randomUUID(), "Ada Admin", false));
        when(request.contact())
                .thenReturn(
                        new ContactDetails(null, null, "customer@surveys.example", ContactMethod.EMAIL, "pl", false));
        return request;
    }
}
