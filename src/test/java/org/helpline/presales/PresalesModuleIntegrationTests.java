package org.helpline.presales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.audit.AuditTrail;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.ProblemClassification;
import org.helpline.presales.internal.NewInquiry;
import org.helpline.presales.internal.PresalesDesk;
import org.helpline.presales.internal.Received;
import org.helpline.presales.internal.TooManyInquiriesException;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.Filed;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.RequestManagement;
import org.helpline.requests.Requester;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.SlaSummary;
import org.helpline.tenancy.SupportOrganisation;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The presales module with the modules it files through replaced: an inquiry becomes a PRESALES
 * request of severity C for the prospect under the organisation's prospects tenant, and the limit
 * per address holds.
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class PresalesModuleIntegrationTests {

    @MockitoBean
    TenantManagement tenancy;

    @MockitoBean
    Catalog catalog;

    @MockitoBean
    RequestManagement requests;

    @MockitoBean
    AuditTrail audit;

    @Autowired
    PresalesDesk desk;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void organisationAndCatalog() {
        when(tenancy.organisations())
                .thenReturn(List.of(new SupportOrganisation(
                        "global", "Helpline Cloud", "PROVIDER", "US", ZoneId.of("UTC"), Locale.ENGLISH)));
        when(catalog.classifications(eq("global"), eq(RequestCategory.PRESALES), eq(null), any()))
                .thenReturn(List.of(new ProblemClassification("trial", RequestCategory.PRESALES, null, "Trials")));
    }

    @Test
    void r14_anInquiryIsFiledForTheProspectUnderTheProspectsTenant() {
        var email = "prospect-" + UUID.randomUUID() + "@tailspin.example";
        var prospectsTenant = jdbc.sql("select tenant_id from presales_tenant where organisation_id = 'global'")
                .query(UUID.class)
                .single();
        filing("GL-2026-000777");

        var received = desk.receive(null, inquiry(email), Channel.API, "198.51.100.7", null);

        assertThat(received).isEqualTo(new Received(Received.Outcome.RECEIVED, "GL-2026-000777"));
        var requester = ArgumentCaptor.forClass(Requester.class);
        var command = ArgumentCaptor.forClass(OpenRequest.class);
        verify(requests).openForProspect(eq(prospectsTenant), requester.capture(), command.capture(), eq(Channel.API));
        assertThat(requester.getValue().name()).isEqualTo("Anna Nowak");
        assertThat(command.getValue().category()).isEqualTo(RequestCategory.PRESALES);
        assertThat(command.getValue().severity()).isEqualTo(Severity.C);
        assertThat(command.getValue().problemClassification()).isEqualTo("trial");
        assertThat(command.getValue().contact().email()).isEqualTo(email);
        assertThat(command.getValue().contact().phone()).isEqualTo("+48221234567");
        assertThat(command.getValue().contact().language()).isEqualTo("pl");
        assertThat(command.getValue().contact().preferredMethod()).isEqualTo(ContactMethod.EMAIL);
        assertThat(jdbc.sql("select id from prospect where email = :email")
                        .param("email", email)
                        .query(UUID.class)
                        .single())
                .isEqualTo(requester.getValue().id());
        verify(audit).recordAnonymous(any(), eq("presales.inquiry.received"), any());
    }

    @Test
    void r14_theFourthInquiryOfAnAddressWithinTheHourIsRefused() {
        var email = "busy-" + UUID.randomUUID() + "@tailspin.example";
        filing("GL-2026-000778");
        for (int i = 0; i < 3; i++) {
            desk.receive("global", inquiry(email), Channel.PORTAL, "198.51.100." + i, null);
        }

        assertThatThrownBy(() -> desk.receive("global", inquiry(email), Channel.PORTAL, "198.51.100.9", null))
                .isInstanceOf(TooManyInquiriesException.class)
                .extracting(e -> ((TooManyInquiriesException) e).limit())
                .isEqualTo("email");
        verify(requests, times(3)).openForProspect(any(), any(), any(), any());
    }

    private void filing(String number) {
        var request = mock(ServiceRequest.class);
        when(request.id()).thenAnswer(invocation -> UUID.randomUUID());
        when(request.number()).thenReturn(number);
        when(requests.openForProspect(any(), any(), any(), any()))
                .thenReturn(new Filed(request, SlaSummary.NONE, true, List.of()));
    }

    private static NewInquiry inquiry(String email) {
        return new NewInquiry(
                "Anna Nowak", "Tailspin Toys", email, "22 123 45 67", "PL", "trial", "Can we try it?", "pl", null);
    }
}
