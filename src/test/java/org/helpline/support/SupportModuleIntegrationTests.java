package org.helpline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.identity.AdminContact;
import org.helpline.identity.UserManagement;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.support.internal.AssistedSupportForAdminsOnly;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The support module alone, the directories of tenants and users replaced: only a tenant's admins
 * get assisted support; its other users are pointed to self-help and to their admins.
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class SupportModuleIntegrationTests {

    @MockitoBean
    TenantManagement tenants;

    @MockitoBean
    UserManagement users;

    @Autowired
    SupportDesk desk;

    @Test
    void r1_aTenantUserWhoIsNoAdminIsPointedToSelfHelpAndTheirAdmins() {
        var tenantId = UUID.randomUUID();
        var admins = List.of(new AdminContact("Ada Admin", "ada@support.example"));
        when(users.adminsOf(tenantId)).thenReturn(admins);
        var profile = mock(TenantProfile.class);
        when(profile.organisationId()).thenReturn("global");
        when(tenants.profile(tenantId)).thenReturn(profile);
        var user = mock(HelplineUser.class);
        when(user.tenantId()).thenReturn(Optional.of(tenantId));
        var admin = mock(HelplineUser.class);
        when(admin.tenantId()).thenReturn(Optional.of(tenantId));
        when(admin.isTenantAdmin()).thenReturn(true);
        var staff = mock(HelplineUser.class);
        when(staff.tenantId()).thenReturn(Optional.empty());

        assertThatThrownBy(() -> desk.requireAssistedSupport(user))
                .isInstanceOfSatisfying(
                        AssistedSupportForAdminsOnly.class,
                        refusal -> assertThat(refusal.properties())
                                .containsEntry("selfHelp", desk.properties().selfHelpPath())
                                .containsEntry(
                                        "admins",
                                        List.of(Map.of("name", "Ada Admin", "email", "ada@support.example"))));
        assertThatThrownBy(() -> desk.requireAssistedSupport(staff)).isInstanceOf(ForbiddenException.class);
        var home = desk.home(admin);
        assertThat(home.admins()).isEqualTo(admins);
        assertThat(home.profile()).isSameAs(profile);
    }
}
