package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.ModuleTestTenants;
import org.helpline.audit.AuditTrail;
import org.helpline.notify.Outbox;
import org.helpline.phone.internal.GrantReason;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.sla.SlaManagement;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The phone module with the catalog and the platform, the other modules it uses replaced: a call
 * from a number registered for the tenant verifies the caller at once and tells requests of the grant.
 */
@ApplicationModuleTest(extraIncludes = {"catalog", "platform"})
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class PhoneModuleIntegrationTests {

    @MockitoBean
    TenantManagement tenancy;

    @MockitoBean
    RequestManagement requests;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    SlaManagement sla;

    @Autowired
    PhoneCalls calls;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aCallFromARegisteredNumberIsVerifiedAtOnce() {
        var tenantId = ModuleTestTenants.insertProbe(jdbc, clock);
        var profile = mock(TenantProfile.class);
        when(profile.id()).thenReturn(tenantId);
        when(profile.name()).thenReturn("Probe");
        when(profile.country()).thenReturn("PL");
        when(profile.hasRegisteredPhone("+48221234567")).thenReturn(true);
        when(tenancy.findProfileInOrganisation("global", tenantId)).thenReturn(Optional.of(profile));
        var agent = mock(HelplineUser.class);
        var agentId = UUID.randomUUID();
        when(agent.id()).thenReturn(agentId);
        when(agent.organisationId()).thenReturn("global");
        when(agent.hasAny(anyList())).thenReturn(true);

        var call = calls.start(agent, tenantId, "(22) 123-45-67");

        assertThat(call.registered()).isTrue();
        assertThat(call.grant().reason()).isEqualTo(GrantReason.REGISTERED_NUMBER);
        verify(requests).callerVerified(eq(tenantId), eq(call.id()), eq(agentId), any());
    }
}
