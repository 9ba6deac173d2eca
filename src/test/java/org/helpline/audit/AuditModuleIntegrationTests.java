package org.helpline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.audit.internal.AuditLog;
import org.helpline.audit.internal.AuditQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The audit module on its own: what its trail records, its log finds, and only for the organisation asked about. */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class AuditModuleIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @MockitoBean
    TenantDirectory tenants;

    @Test
    void anEntryWithoutAnActorIsFoundByItsOrganisationAndActionOnly() {
        var organisation = "o" + UUID.randomUUID().toString().substring(0, 12);
        var tenantId = UUID.randomUUID();
        trail.recordAnonymous(
                new AuditEntry.Subject(null, "someone@module.example", organisation, tenantId),
                "auth.sign-in-failed",
                AuditDetails.of("reason", "WRONG_PASSWORD"));
        trail.recordAnonymous(
                new AuditEntry.Subject(null, "someone@module.example", organisation, tenantId),
                "auth.locked",
                AuditDetails.of("failures", 5));

        var failures = log.find(new AuditQuery(organisation, "auth.sign-in-failed", null, null, null, null), 0, 10);

        assertThat(failures).singleElement().satisfies(entry -> {
            assertThat(entry.actorLogin()).isEqualTo("someone@module.example");
            assertThat(entry.tenantId()).isEqualTo(tenantId);
            assertThat(entry.details()).isEqualTo("reason: WRONG_PASSWORD");
        });
        assertThat(log.count(new AuditQuery(organisation, null, null, null, null, null)))
                .isEqualTo(2);
        assertThat(log.actions(organisation)).containsExactlyInAnyOrder("auth.sign-in-failed", "auth.locked");
        assertThat(log.count(new AuditQuery("x" + organisation, null, null, null, null, null)))
                .isZero();
    }
}
