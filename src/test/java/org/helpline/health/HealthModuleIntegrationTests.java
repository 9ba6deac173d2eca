package org.helpline.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.audit.AuditTrail;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The health module with the platform it caches through, the catalog, the tenant directory and the
 * trail replaced: a declared incident is offered to a tenant's admin writing about its service, and
 * leaves them once restored.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class HealthModuleIntegrationTests {

    @MockitoBean
    Catalog catalog;

    @MockitoBean
    TenantManagement tenants;

    @MockitoBean
    AuditTrail audit;

    @Autowired
    ServiceHealth health;

    @Autowired
    KnownIssues knownIssues;

    @Test
    void aDeclaredIncidentIsAKnownIssueOfItsServiceUntilRestored() {
        when(catalog.services("global", Locale.ENGLISH))
                .thenReturn(List.of(new CatalogService("mail", "Mail", "Mail and calendars")));
        var supervisor = mock(HelplineUser.class);
        when(supervisor.organisationId()).thenReturn("global");
        when(supervisor.login()).thenReturn("supervisor@health.example");
        when(supervisor.has(Role.SUPERVISOR)).thenReturn(true);
        var title = "Outbound mail delayed " + UUID.randomUUID();
        var tenantId = UUID.randomUUID();

        var declared = health.declare(
                supervisor,
                new NewIssue(
                        "incident", title, List.of("mail"), "serviceDegradation", "Mail waits.", null, "en", null));

        assertThat(knownIssues.matchingActiveIssues("global", tenantId, Locale.ENGLISH, "mail", "mail is slow"))
                .extracting(KnownIssue::title)
                .contains(title);
        assertThat(knownIssues.matchingActiveIssues("cn", tenantId, Locale.ENGLISH, "mail", "mail is slow"))
                .extracting(KnownIssue::title)
                .doesNotContain(title);

        health.post(supervisor, declared.id(), "serviceRestored", "Fixed.");

        assertThat(knownIssues.matchingActiveIssues("global", tenantId, Locale.ENGLISH, "mail", "mail is slow"))
                .extracting(KnownIssue::title)
                .doesNotContain(title);
    }
}
