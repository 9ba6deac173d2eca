package org.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.contact.internal.CallbackState;
import org.helpline.contact.internal.ContactManagement;
import org.helpline.identity.UserManagement;
import org.helpline.phone.PhoneCalls;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.HandledBy;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.RequestOpened;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.SlaManagement;
import org.helpline.support.SupportDesk;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The contact module alone, the tenant directory and the other modules replaced: a request filed
 * with the phone preferred joins the callback queue in the customer's language.
 */
@ApplicationModuleTest(extraIncludes = "catalog")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class ContactModuleIntegrationTests {

    @MockitoBean
    TenantManagement tenants;

    @MockitoBean
    SupportDesk desk;

    @MockitoBean
    SlaManagement sla;

    @MockitoBean
    PhoneCalls phoneCalls;

    /** Whom an admin may file for, which contact options list. */
    @MockitoBean
    RequestManagement requests;

    /** For the package's {@link ContactFixtures}, which other tests use to create agents. */
    @MockitoBean
    UserManagement users;

    @MockitoBean
    UserDetailsService principals;

    @Autowired
    ContactManagement contact;

    @Test
    void r5_aRequestPreferringThePhoneJoinsTheCallbackQueue(Scenario scenario) {
        var tenantId = UUID.randomUUID();
        var requestId = UUID.randomUUID();
        when(tenants.profile(tenantId)).thenReturn(profile(tenantId));
        var admin = mock(HelplineUser.class);
        when(admin.tenantId()).thenReturn(Optional.of(tenantId));
        var opened = new RequestOpened(
                requestId,
                tenantId,
                "global",
                "HL-" + requestId.toString().substring(0, 8),
                RequestCategory.TECHNICAL,
                Severity.B,
                HandledBy.PROVIDER,
                null,
                Channel.PORTAL,
                "mail",
                new ContactDetails(null, "22 123 45 67", "admin@contoso.example", ContactMethod.PHONE, "pl", false),
                Instant.parse("2026-03-09T14:00:00Z"),
                Instant.parse("2026-03-09T10:00:00Z"));

        scenario.publish(opened)
                .andWaitForStateChange(() -> contact.progress(admin, requestId), Optional::isPresent)
                .andVerify(progress -> {
                    var callback = progress.orElseThrow().callback();
                    assertThat(callback.phoneE164()).isEqualTo("+48221234567");
                    assertThat(callback.language()).isEqualTo("pl");
                    assertThat(callback.state()).isEqualTo(CallbackState.WAITING);
                    assertThat(callback.requestNumber()).isEqualTo(opened.number());
                });
    }

    private static TenantProfile profile(UUID tenantId) {
        return new TenantProfile(
                tenantId,
                "global",
                "Contoso",
                "contoso.example",
                "PL",
                ZoneId.of("Europe/Warsaw"),
                Locale.forLanguageTag("pl"),
                Contract.ADVANCED,
                null,
                List.of(),
                List.of(),
                List.of(),
                0);
    }
}
