package org.helpline.demo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.helpline.ModuleTestDatabase;
import org.helpline.contact.AgentManagement;
import org.helpline.identity.SingleSignOn;
import org.helpline.identity.UserManagement;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The demo module with the services it loads through replaced: on the first start it creates the
 * demo organisations' tenants, staff and agents through those services. No history: it is written
 * through modules this test leaves out ({@code DemoHistoryIntegrationTests} has it).
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@TestPropertySource(properties = "helpline.demo.history-days=0")
@DirtiesContext
class DemoModuleIntegrationTests {

    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
    TenantManagement tenants;

    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
    UserManagement users;

    @MockitoBean
    AgentManagement agents;

    @MockitoBean
    PasswordEncoder passwords;

    @MockitoBean
    SingleSignOn singleSignOn;

    @Test
    void theFirstStartLoadsTheDemoTenantsUsersAndAgents() {
        verify(tenants)
                .createTenant(eq("global"), argThat(tenant -> tenant.name().equals("Contoso")));
        verify(tenants).createTenant(eq("cn"), argThat(tenant -> tenant.name().equals("Northwind Traders")));
        verify(users)
                .createWithHash(eq("global"), argThat(user -> user.login().equals("orgadmin@helpline.example")), any());
        verify(agents, times(3)).provision(any(), any(), any(), any(), any());
        verify(singleSignOn)
                .seed(
                        any(),
                        argThat(settings -> settings.domains().equals(List.of("sso.northwind.example"))
                                && settings.issuer().equals("http://127.0.0.1:9000")));
    }
}
