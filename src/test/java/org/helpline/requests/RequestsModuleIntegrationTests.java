package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.ModuleTestTenants;
import org.helpline.audit.AuditTrail;
import org.helpline.health.KnownIssues;
import org.helpline.health.ServiceHealth;
import org.helpline.identity.Correspondents;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Role;
import org.helpline.shared.Severity;
import org.helpline.sla.Deadlines;
import org.helpline.sla.SlaManagement;
import org.helpline.support.SupportDesk;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The requests module with the catalog and the platform, the other modules it uses replaced: a
 * tenant admin's filing publishes {@link RequestOpened} with what was filed.
 */
@ApplicationModuleTest(extraIncludes = {"catalog", "platform"})
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class RequestsModuleIntegrationTests {

    @MockitoBean
    TenantManagement tenants;

    @MockitoBean
    SlaManagement sla;

    @MockitoBean
    SupportDesk desk;

    @MockitoBean
    KnownIssues knownIssues;

    @MockitoBean
    ServiceHealth health;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    UserManagement users;

    @MockitoBean
    Correspondents correspondents;

    @Autowired
    RequestManagement requests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void filingARequestPublishesItsOpening(Scenario scenario) {
        var tenantId = ModuleTestTenants.insertProbe(jdbc, clock);
        var profile = mock(TenantProfile.class);
        when(profile.id()).thenReturn(tenantId);
        when(profile.organisationId()).thenReturn("global");
        when(profile.name()).thenReturn("Probe");
        when(profile.country()).thenReturn("PL");
        when(profile.zone()).thenReturn(ZoneId.of("Europe/Warsaw"));
        when(profile.language()).thenReturn(Locale.forLanguageTag("pl"));
        when(profile.contract()).thenReturn(Contract.STANDARD);
        when(tenants.profile(tenantId)).thenReturn(profile);
        when(sla.allowedSeverities("global", RequestCategory.TECHNICAL, Contract.STANDARD))
                .thenReturn(Set.of(Severity.B, Severity.C));
        var due = clock.instant().plusSeconds(7200);
        when(sla.startNew(any())).thenReturn(new Deadlines(due, null, due.minusSeconds(1800)));
        var admin = mock(HelplineUser.class);
        when(admin.id()).thenReturn(UUID.randomUUID());
        when(admin.name()).thenReturn("Katarzyna Nowak");
        when(admin.organisationId()).thenReturn("global");
        when(admin.tenantId()).thenReturn(Optional.of(tenantId));
        when(admin.roles()).thenReturn(Set.of(Role.GLOBAL_ADMIN));
        when(admin.has(Role.GLOBAL_ADMIN)).thenReturn(true);
        var contact = new ContactDetails(null, null, "anna@contoso.example", ContactMethod.EMAIL, "pl", false);
        var command = new OpenRequest(
                RequestCategory.TECHNICAL,
                "mail",
                "mail-flow",
                "Mail does not arrive",
                "Since this morning no mail reaches the shared mailbox.",
                Severity.B,
                null,
                contact,
                null);

        scenario.stimulate(() -> requests.open(admin, command, Channel.PORTAL, null))
                .andWaitForEventOfType(RequestOpened.class)
                .matching(opened -> opened.tenantId().equals(tenantId))
                .toArriveAndVerify((opened, filed) -> {
                    assertThat(filed.created()).isTrue();
                    assertThat(opened.requestId()).isEqualTo(filed.request().id());
                    assertThat(opened.number()).isEqualTo(filed.request().number());
                    assertThat(opened.severity()).isEqualTo(Severity.B);
                    assertThat(opened.handledBy()).isEqualTo(HandledBy.PROVIDER);
                    assertThat(opened.channel()).isEqualTo(Channel.PORTAL);
                    assertThat(opened.contact().email()).isEqualTo("anna@contoso.example");
                    assertThat(opened.serviceId()).isEqualTo("mail");
                });
    }
}
