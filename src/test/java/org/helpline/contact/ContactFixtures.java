package org.helpline.contact;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.contact.internal.NewCallback;
import org.helpline.contact.internal.Presence;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.shared.Severity;
import org.helpline.tenancy.NewPartner;
import org.helpline.tenancy.TenantManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Test data for the contact module. Each test works in the queue of a partner of its own, so the
 * shared application context's other callbacks never get in its way. The application's component
 * scan finds this class, so tests autowire it as it is: an {@code @Import} of it would give them a
 * whole application context of their own.
 */
@Component
public class ContactFixtures {

    private final TenantManagement tenants;
    private final UserManagement users;
    private final UserDetailsService principals;
    private final AgentManagement agents;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    ContactFixtures(
            TenantManagement tenants,
            UserManagement users,
            UserDetailsService principals,
            AgentManagement agents,
            JdbcClient jdbc,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenants = tenants;
        this.users = users;
        this.principals = principals;
        this.agents = agents;
    }

    UUID contoso() {
        return tenants.tenants("global", "contoso.example", 0, 1).get(0).id();
    }

    UUID newPartner() {
        var name = "Partner " + UUID.randomUUID().toString().substring(0, 8);
        return tenants.createPartner(
                        "global",
                        new NewPartner(name, "+1 425 555 0142", "desk@partner.example", "https://partner.example"))
                .id();
    }

    /** A partner agent with these languages and services, available. */
    HelplineUser availableAgent(UUID partnerId, List<String> languages, List<String> services) {
        return newAvailableAgent(
                "@partner.example", partnerId, Role.PARTNER_AGENT, new AgentSkills(languages, services));
    }

    /** A staff agent of the provider's organisation with these languages, available. */
    public HelplineUser availableStaffAgent(List<String> languages) {
        return newAvailableAgent("@helpline.example", null, Role.AGENT, new AgentSkills(languages, List.of()));
    }

    private HelplineUser newAvailableAgent(String domain, UUID partnerId, Role role, AgentSkills skills) {
        var login = "agent-" + UUID.randomUUID().toString().substring(0, 8) + domain;
        users.create(
                "global",
                new NewUser(
                        login,
                        "Agent " + login.substring(6, 14),
                        "long-password",
                        null,
                        partnerId,
                        Set.of(role),
                        "en"));
        var agent = user(login);
        var status = agents.desk(agent).agent();
        agents.changeSkills(supervisor(), agent.id(), skills, status.version());
        agents.changePresence(agent, Presence.AVAILABLE);
        return agent;
    }

    /**
     * History of the provider's queue: completed callbacks of the last hour with handle times of 4
     * and 8 minutes, as if agents had worked them (the tests cannot wait minutes for real ones).
     */
    public void completedHistory(UUID tenantId, String language, int count) {
        var now = clock.instant();
        for (int i = 0; i < count; i++) {
            var completed = now.minusSeconds(60L + i * 60L);
            jdbc.sql("""
                    insert into contact_callback (tenant_id, id, organisation_id, phone_e164, registered_phone, language,
                        severity, severity_rank, state, requested_at, accepted_at, completed_at, handle_seconds, version)
                    values (:tenant, :id, 'global', '+48225550123', false, :language, 'C', 2, 'COMPLETED', :requested,
                        :accepted, :completed, :handle, 1)
                    """)
                    .param("tenant", tenantId)
                    .param("id", UUID.randomUUID())
                    .param("language", language)
                    .param("requested", completed.minusSeconds(900).atOffset(java.time.ZoneOffset.UTC))
                    .param(
                            "accepted",
                            completed.minusSeconds(i % 2 == 0 ? 240 : 480).atOffset(java.time.ZoneOffset.UTC))
                    .param("completed", completed.atOffset(java.time.ZoneOffset.UTC))
                    .param("handle", i % 2 == 0 ? 240 : 480)
                    .update();
        }
    }

    HelplineUser supervisor() {
        return user("supervisor@helpline.example");
    }

    HelplineUser user(String login) {
        return (HelplineUser) principals.loadUserByUsername(login);
    }

    public static NewCallback callback(
            UUID tenantId, UUID partnerId, String language, String service, Severity severity) {
        return new NewCallback(
                tenantId,
                "global",
                partnerId,
                UUID.randomUUID(),
                "T-" + UUID.randomUUID().toString().substring(0, 6),
                "+48 22 555 01 23",
                language,
                service,
                severity);
    }
}
