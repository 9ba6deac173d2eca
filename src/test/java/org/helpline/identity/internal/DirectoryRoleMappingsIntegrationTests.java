package org.helpline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.TestTenants;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tenant's directory values become tenant roles through its own mapping, or by naming a role. */
@HelplineIntegrationTest
class DirectoryRoleMappingsIntegrationTests {

    @Autowired
    DirectoryRoleMappings directoryRoles;

    @Autowired
    TenantManagement tenancy;

    private UUID tenantId;
    private UUID otherTenantId;

    @BeforeEach
    void twoTenants() {
        tenantId = newTenant();
        otherTenantId = newTenant();
    }

    @Test
    void theTenantsMappingComesFirstAndValuesNamingARoleAreThatRole() {
        var mapping = new LinkedHashMap<String, Role>();
        mapping.put("Helpline-Admins", Role.GLOBAL_ADMIN);
        mapping.put("Finance", Role.BILLING_ADMIN);
        mapping.put("user", Role.HELPDESK_ADMIN);
        directoryRoles.replace(tenantId, mapping);

        assertThat(directoryRoles.rolesFor(tenantId, List.of("helpline-admins", "Sales")))
                .containsExactly(Role.GLOBAL_ADMIN);
        assertThat(directoryRoles.rolesFor(tenantId, List.of("Global admin", "FINANCE")))
                .containsExactlyInAnyOrder(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN);
        assertThat(directoryRoles.rolesFor(tenantId, List.of("User")))
                .as("the mapping wins over a value that names a role")
                .containsExactly(Role.HELPDESK_ADMIN);
        assertThat(directoryRoles.rolesFor(tenantId, List.of("org-admin", "agent", "")))
                .as("staff roles are never named by a directory")
                .isEmpty();
        assertThat(directoryRoles.rolesFor(otherTenantId, List.of("Helpline-Admins")))
                .as("another tenant's mapping does not apply")
                .isEmpty();
        assertThat(directoryRoles.mapping(tenantId)).containsOnlyKeys("Finance", "Helpline-Admins", "user");

        directoryRoles.replace(tenantId, Map.of("Support", Role.SERVICE_SUPPORT_ADMIN));
        assertThat(directoryRoles.mapping(tenantId)).isEqualTo(Map.of("Support", Role.SERVICE_SUPPORT_ADMIN));
    }

    @Test
    void aMappingToAStaffRoleOrWithAValueTwiceChangesNothing() {
        directoryRoles.replace(tenantId, Map.of("Admins", Role.GLOBAL_ADMIN));

        assertThatThrownBy(() -> directoryRoles.replace(tenantId, Map.of("Ops", Role.ORG_ADMIN)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must map to a tenant role");
        var twice = new LinkedHashMap<String, Role>();
        twice.put("Admins", Role.GLOBAL_ADMIN);
        twice.put("ADMINS", Role.USER);
        assertThatThrownBy(() -> directoryRoles.replace(tenantId, twice))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> directoryRoles.replace(tenantId, Map.of(" ", Role.USER)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(directoryRoles.rolesFor(tenantId, Set.of("Admins"))).containsExactly(Role.GLOBAL_ADMIN);
    }

    private UUID newTenant() {
        return TestTenants.make(tenancy, "Directory", "d").id();
    }
}
