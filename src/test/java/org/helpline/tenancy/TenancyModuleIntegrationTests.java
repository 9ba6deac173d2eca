package org.helpline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.helpline.ModuleTestDatabase;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.catalog.Catalog;
import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The tenancy module with the platform it caches through, the trail replaced: a registered tenant
 * is found by its phone and only in its organisation, its domain is taken, and its registration is
 * audited.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class TenancyModuleIntegrationTests {

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    Catalog catalog;

    @Autowired
    TenantManagement tenancy;

    @Test
    void aRegisteredTenantIsFoundByItsPhoneOnlyInItsOrganisationAndItsDomainIsTaken() {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var phone = "+4822" + ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        var registration = new NewTenant(
                "Module " + token,
                token + ".tenancy.example",
                "PL",
                "Europe/Warsaw",
                "pl",
                Contract.STANDARD,
                null,
                List.of(phone),
                List.of("it@" + token + ".tenancy.example"));

        var created = tenancy.createTenant("global", registration);

        assertThat(created.phones()).extracting(RegisteredPhone::e164).containsExactly(phone);
        assertThat(tenancy.findTenantByRegisteredPhone(phone)).contains(created.id());
        assertThat(tenancy.findProfileInOrganisation("global", created.id())).isPresent();
        assertThat(tenancy.findProfileInOrganisation("cn", created.id())).isEmpty();
        verify(audit).record(eq("tenant.created"), eq(created.id()), eq(registration.name()), any(AuditDetails.class));
        assertThatThrownBy(() -> tenancy.createTenant("cn", registration)).isInstanceOf(InvalidInputException.class);
    }
}
