package org.helpline.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.alerts.internal.AlertManagement;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.notify.Outbox;
import org.helpline.platform.PublicUrl;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.sla.ClockKind;
import org.helpline.sla.SlaBreached;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The alerts module alone, the modules it asks about a request and its people replaced: a breach
 * of an assigned request alerts the assignee and the organisation's supervisors, once each, and
 * mails them.
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class AlertsModuleIntegrationTests {

    private static final Instant DUE = Instant.parse("2026-03-09T10:00:00Z");

    @MockitoBean
    RequestSnapshots requests;

    @MockitoBean
    Correspondents users;

    @MockitoBean
    TenantManagement tenancy;

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    PublicUrl publicUrl;

    @Autowired
    AlertManagement alerts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBreachAlertsTheAssigneeAndTheSupervisorsOnceEachAndMailsThem(Scenario scenario) {
        var assignee = user("agent");
        var supervisor = user("supervisor");
        var request = request(assignee.id());
        when(requests.current(request.id())).thenReturn(Optional.of(request));
        when(users.enabled(assignee.id())).thenReturn(Optional.of(assignee));
        when(users.staffWithRole("global", Role.SUPERVISOR)).thenReturn(List.of(supervisor, assignee));
        var breach = new SlaBreached(
                request.id(), request.tenantId(), "global", ClockKind.FIRST_RESPONSE, DUE, DUE.plusSeconds(1));

        scenario.publish(breach)
                .andWaitForStateChange(() -> alerts.alerts(signedIn(supervisor), false), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().satisfies(alert -> {
                    assertThat(alert.requestNumber()).isEqualTo(request.number());
                    assertThat(alert.kind()).hasToString("BREACHED");
                    assertThat(alert.due()).isEqualTo(DUE);
                }));

        assertThat(alerts.unread(signedIn(assignee))).isEqualTo(1);
        verify(outbox)
                .enqueueEmail(
                        eq(supervisor.login()),
                        eq(Locale.ENGLISH),
                        eq("alerts.mail.subject.BREACHED"),
                        eq("alerts/mail"),
                        any());
    }

    private Correspondent user(String role) {
        var id = UUID.randomUUID();
        var login = role + "-" + id + "@alerts.example";
        jdbc.sql("""
                insert into app_user (id, login, name, password_hash, organisation_id, created_at)
                values (:id, :login, :name, '-', 'global', :now)
                """)
                .param("id", id)
                .param("login", login)
                .param("name", role)
                .param("now", OffsetDateTime.ofInstant(DUE, ZoneOffset.UTC))
                .update();
        return new Correspondent(id, "global", login, "en", "UTC");
    }

    private static ServiceRequest request(UUID assigneeId) {
        var request = mock(ServiceRequest.class);
        when(request.id()).thenReturn(UUID.randomUUID());
        when(request.tenantId()).thenReturn(UUID.randomUUID());
        when(request.organisationId()).thenReturn("global");
        when(request.number()).thenReturn("HL-" + UUID.randomUUID().toString().substring(0, 8));
        when(request.title()).thenReturn("Mail queue stuck");
        when(request.assigneeId()).thenReturn(assigneeId);
        return request;
    }

    private static HelplineUser signedIn(Correspondent user) {
        var me = mock(HelplineUser.class);
        when(me.id()).thenReturn(user.id());
        return me;
    }
}
