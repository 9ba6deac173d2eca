package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HelplineIntegrationTest
class CorrespondentsIntegrationTests {

    @Autowired
    Correspondents correspondents;

    @Autowired
    TenantManagement tenancy;

    @Test
    void aTenantsAdminsAreItsUsersWithAnAdminRoleOnly() {
        var contoso = tenancy.tenants("global", "contoso.example", 0, 1).get(0).id();

        assertThat(correspondents.tenantAdmins(contoso))
                .extracting(Correspondent::login)
                .contains("admin@contoso.example", "billing@contoso.example")
                .doesNotContain("user@contoso.example");
    }

    @Test
    void staffWithARoleAreTheOrganisationsOwnNeitherTenantsNorPartnersNorOtherOrganisations() {
        assertThat(correspondents.staffWithRole("global", Role.SUPERVISOR))
                .extracting(Correspondent::login)
                .contains("supervisor@helpline.example")
                .doesNotContain("agent@helpline.example", "agent@operator.example", "partner@litware.example");
        assertThat(correspondents.staffWithRole("global", Role.ORG_ADMIN))
                .extracting(Correspondent::login)
                .contains("orgadmin@helpline.example")
                .doesNotContain("orgadmin@operator.example");
    }

    @Test
    void anEnabledUserIsFoundByIdWithTheLanguageTheyChose() {
        var supervisor = correspondents.staffWithRole("global", Role.SUPERVISOR).stream()
                .filter(user -> user.login().equals("supervisor@helpline.example"))
                .findFirst()
                .orElseThrow();

        assertThat(correspondents.enabled(supervisor.id())).contains(supervisor);
    }
}
