package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.audit.AuditTrail;
import org.helpline.notify.Outbox;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The identity module with the platform it caches through, the tenant directory and the trail
 * replaced: a supervisor whose role is taken away stops being one for the other modules and has
 * their sessions revoked.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class IdentityModuleIntegrationTests {

    @MockitoBean
    TenantManagement tenants;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    Outbox outbox;

    @Autowired
    UserManagement users;

    @Autowired
    Correspondents correspondents;

    @Test
    void aSupervisorWhoLosesTheRoleIsNoLongerOneAndTheirSessionsAreRevoked(Scenario scenario) {
        var login = "supervisor-" + UUID.randomUUID() + "@identity.example";
        var created = users.create(
                "global",
                new NewUser(
                        login, "Sam Supervisor", "long enough", null, null, Set.of(Role.SUPERVISOR, Role.AGENT), "pl"));
        assertThat(correspondents.staffWithRole("global", Role.SUPERVISOR))
                .extracting(Correspondent::login)
                .contains(login);

        scenario.stimulate(() -> users.changeRoles("global", created.id(), Set.of(Role.AGENT), true, created.version()))
                .andWaitForEventOfType(SessionsRevoked.class)
                .matching(revoked -> revoked.userId().equals(created.id()))
                .toArriveAndVerify((revoked, changed) -> {
                    assertThat(revoked.login()).isEqualTo(login);
                    assertThat(revoked.keptSessionId()).isNull();
                    assertThat(changed.roles()).containsExactly(Role.AGENT);
                });
        assertThat(correspondents.staffWithRole("global", Role.SUPERVISOR))
                .extracting(Correspondent::login)
                .doesNotContain(login);
    }
}
