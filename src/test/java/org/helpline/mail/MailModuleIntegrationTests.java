package org.helpline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.identity.Correspondents;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.HandledBy;
import org.helpline.requests.MailReplies;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestSnapshots;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The mail module with the platform, requests, tenancy, identity and the notify outbox replaced: a
 * filed request becomes an e-mail in the outbox for its contact, in the contact's language.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class MailModuleIntegrationTests {

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    RequestSnapshots snapshots;

    @MockitoBean
    MailReplies replies;

    @MockitoBean
    TenantManagement tenancy;

    @MockitoBean
    Correspondents correspondents;

    @Test
    @SuppressWarnings("unchecked")
    void aFiledRequestIsWrittenToTheOutboxForItsContact(Scenario scenario) {
        var requestId = UUID.randomUUID();
        var tenantId = UUID.randomUUID();
        var contact = new ContactDetails(null, null, "anna@contoso.example", ContactMethod.EMAIL, "pl", false);
        var request = mock(ServiceRequest.class);
        when(request.id()).thenReturn(requestId);
        when(request.tenantId()).thenReturn(tenantId);
        when(request.number()).thenReturn("SR-000042");
        when(request.title()).thenReturn("Poczta nie dochodzi");
        when(request.severity()).thenReturn(Severity.B);
        when(request.contact()).thenReturn(contact);
        var tenant = mock(TenantProfile.class);
        when(tenant.language()).thenReturn(Locale.ENGLISH);
        when(tenant.zone()).thenReturn(ZoneId.of("Europe/Warsaw"));
        when(snapshots.current(requestId)).thenReturn(Optional.of(request));
        when(tenancy.profile(tenantId)).thenReturn(tenant);
        when(correspondents.tenantAdmins(tenantId)).thenReturn(List.of());

        scenario.publish(new RequestOpened(
                        requestId,
                        tenantId,
                        "global",
                        "SR-000042",
                        RequestCategory.TECHNICAL,
                        Severity.B,
                        HandledBy.PROVIDER,
                        null,
                        Channel.PORTAL,
                        "mail",
                        contact,
                        Instant.parse("2026-03-07T13:00:00Z"),
                        Instant.parse("2026-03-07T09:00:00Z")))
                .andWaitForStateChange(
                        () -> mockingDetails(outbox).getInvocations(), invocations -> !invocations.isEmpty())
                .andVerify(invocations -> {
                    ArgumentCaptor<List<OutgoingMessage>> mails = ArgumentCaptor.forClass(List.class);
                    verify(outbox).enqueueAll(mails.capture());
                    assertThat(mails.getValue()).singleElement().satisfies(mail -> {
                        assertThat(mail.recipient()).isEqualTo("anna@contoso.example");
                        assertThat(mail.locale()).isEqualTo(Locale.forLanguageTag("pl"));
                        assertThat(mail.values())
                                .containsEntry("kind", RequestMailKind.FILED.name())
                                .containsEntry("number", "SR-000042");
                        assertThat(mail.values().get("due"))
                                .as("the deadline the event told")
                                .contains("2026");
                    });
                });
    }
}
