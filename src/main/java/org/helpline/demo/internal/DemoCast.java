package org.helpline.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.AgentSkills;
import org.helpline.identity.NewUser;
import org.helpline.identity.SingleSignOn;
import org.helpline.identity.SsoSettings;
import org.helpline.identity.UserAccount;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewPartner;
import org.helpline.tenancy.NewSubscription;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.SubscriptionKind;
import org.helpline.tenancy.TenantManagement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisations, tenants and people of docs/contract.md, created through the tenancy,
 * identity and contact services in one transaction. The cast answers who is who, as the signed-in
 * users the history acts as.
 */
@Component
@ConditionalOnProperty(name = "helpline.demo-data", havingValue = "true")
class DemoCast {

    static final String MARKER_LOGIN = "orgadmin@helpline.example";

    private final TenantManagement tenants;
    private final UserManagement users;
    private final AgentManagement agents;
    private final SingleSignOn singleSignOn;
    private final PasswordEncoder passwords;

    DemoCast(
            TenantManagement tenants,
            UserManagement users,
            AgentManagement agents,
            SingleSignOn singleSignOn,
            PasswordEncoder passwords) {
        this.tenants = tenants;
        this.users = users;
        this.agents = agents;
        this.singleSignOn = singleSignOn;
        this.passwords = passwords;
    }

    /** Whether the demo data was loaded before: its organisation admin exists. */
    @Transactional(readOnly = true)
    public boolean loaded() {
        return users.exists(MARKER_LOGIN);
    }

    @Transactional
    public Cast load() {
        var hash = passwords.encode("demo");
        var litware = tenants.createPartner(
                "global",
                new NewPartner("Litware", "+1 425 555 0199", "support@litware.example", "https://litware.example"));
        var contoso = tenants.createTenant(
                "global",
                new NewTenant(
                        "Contoso",
                        "contoso.example",
                        "PL",
                        "Europe/Warsaw",
                        "pl",
                        Contract.STANDARD,
                        null,
                        List.of("+48 22 123 45 67"),
                        List.of("admin@contoso.example")));
        var fabrikam = tenants.createTenant(
                "global",
                new NewTenant(
                        "Fabrikam",
                        "fabrikam.example",
                        "US",
                        "America/New_York",
                        "en",
                        Contract.ADVANCED,
                        litware.id(),
                        List.of("+1 212 555 0100"),
                        List.of("admin@fabrikam.example")));
        var northwind = tenants.createTenant(
                "cn",
                new NewTenant(
                        "Northwind Traders",
                        "northwind.example",
                        "CN",
                        "Asia/Shanghai",
                        "zh-CN",
                        Contract.ADVANCED,
                        null,
                        List.of("+86 10 5555 0100"),
                        List.of("admin@northwind.example")));
        subscribe(contoso.id(), "global", "business-standard", SubscriptionKind.PAID, 250, null);
        subscribe(fabrikam.id(), "global", "enterprise", SubscriptionKind.PAID, 1200, litware.id());
        subscribe(northwind.id(), "cn", "business-basic", SubscriptionKind.TRIAL, 25, null);

        var orgAdmin = staff("global", hash, "orgadmin@helpline.example", "Olivia Admin", Role.ORG_ADMIN);
        var agent = staff("global", hash, "agent@helpline.example", "Adam Agent", Role.AGENT);
        agents.provision(agent.id(), "Adam Agent", "global", null, new AgentSkills(List.of("en", "pl"), List.of()));
        var supervisor = staff("global", hash, "supervisor@helpline.example", "Sylvia Supervisor", Role.SUPERVISOR);
        var operatorAgent = staff("cn", hash, "agent@operator.example", "Li Wei", Role.AGENT);
        agents.provision(operatorAgent.id(), "Li Wei", "cn", null, new AgentSkills(List.of("zh-CN", "en"), List.of()));
        var operatorAdmin = staff("cn", hash, "orgadmin@operator.example", "Wang Fang", Role.ORG_ADMIN);
        staff("cn", hash, "supervisor@operator.example", "Zhang Min", Role.SUPERVISOR);
        var contosoAdmin =
                tenantUser("global", hash, "admin@contoso.example", "Katarzyna Nowak", contoso.id(), Role.GLOBAL_ADMIN);
        tenantUser("global", hash, "billing@contoso.example", "Piotr Wiśniewski", contoso.id(), Role.BILLING_ADMIN);
        tenantUser("global", hash, "user@contoso.example", "Anna Kowalska", contoso.id(), Role.USER);
        var fabrikamAdmin =
                tenantUser("global", hash, "admin@fabrikam.example", "Frank Miller", fabrikam.id(), Role.GLOBAL_ADMIN);
        var northwindAdmin =
                tenantUser("cn", hash, "admin@northwind.example", "Chen Jing", northwind.id(), Role.GLOBAL_ADMIN);
        northwindSignsInWithTheTestProvider(northwind.id());
        var partnerAgent = users.createWithHash(
                "global",
                new NewUser(
                        "partner@litware.example",
                        "Laura Partner",
                        "unused",
                        null,
                        litware.id(),
                        Set.of(Role.PARTNER_AGENT),
                        "en"),
                hash);
        agents.provision(
                partnerAgent.id(), "Laura Partner", "global", litware.id(), new AgentSkills(List.of("en"), List.of()));
        return new Cast(
                List.of(contosoAdmin, fabrikamAdmin, northwindAdmin),
                List.of(agent, supervisor, operatorAgent, partnerAgent),
                List.of(orgAdmin, operatorAdmin));
    }

    /**
     * Who acts in the history: the tenants' admins file, the agents (and the supervisor) answer,
     * the organisation admins post service health.
     */
    record Cast(List<UserAccount> tenantAdmins, List<UserAccount> agents, List<UserAccount> healthAuthors) {}

    /**
     * Northwind's people at {@code sso.northwind.example} sign in at the test provider of docs/sso.md
     * (run on port 9000); its admin at {@code northwind.example} keeps the password.
     */
    private void northwindSignsInWithTheTestProvider(UUID northwindId) {
        singleSignOn.seed(
                northwindId,
                new SsoSettings(
                        "http://127.0.0.1:9000",
                        "helpline",
                        "demo",
                        "groups",
                        Map.of("it-admins", Role.GLOBAL_ADMIN, "finance", Role.BILLING_ADMIN, "staff", Role.USER),
                        List.of("sso.northwind.example"),
                        false,
                        null));
    }

    private void subscribe(
            UUID tenantId, String organisation, String offering, SubscriptionKind kind, int licences, UUID partnerId) {
        tenants.addSubscription(
                organisation,
                tenantId,
                new NewSubscription(offering, kind, licences, LocalDate.of(2027, 6, 30), partnerId));
    }

    private UserAccount staff(String organisation, String hash, String login, String name, Role role) {
        return users.createWithHash(
                organisation, new NewUser(login, name, "unused", null, null, Set.of(role), null), hash);
    }

    private UserAccount tenantUser(
            String organisation, String hash, String login, String name, UUID tenantId, Role role) {
        return users.createWithHash(
                organisation, new NewUser(login, name, "unused", tenantId, null, Set.of(role), null), hash);
    }
}
