package org.helpline.contact.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.AgentSkills;
import org.helpline.phone.PhoneCalls;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.shared.StaleEditException;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link AgentManagement}. */
@Service("agentManagement")
class AgentRoster implements AgentManagement {

    private static final int CANDIDATES = 5;

    private final Agents agents;
    private final Callbacks callbacks;
    private final Estimates estimates;
    private final TenantManagement tenants;
    private final PhoneCalls phoneCalls;
    private final Clock clock;

    AgentRoster(
            Agents agents,
            Callbacks callbacks,
            Estimates estimates,
            TenantManagement tenants,
            PhoneCalls phoneCalls,
            Clock clock) {
        this.agents = agents;
        this.phoneCalls = phoneCalls;
        this.callbacks = callbacks;
        this.estimates = estimates;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional
    @Override
    public AgentDesk desk(HelplineUser agent) {
        var status = register(agent);
        var active = callbacks.activeOf(agent.id()).orElse(null);
        Callback offered = null;
        if (active == null && status.presence() == Presence.AVAILABLE) {
            offered = callbacks.offeredTo(agent.id(), status.organisationId(), status.partnerId(), 1).stream()
                    .findFirst()
                    .orElse(null);
        }
        return new AgentDesk(status, active, offered);
    }

    @Transactional
    @Override
    public AgentDesk changePresence(HelplineUser agent, Presence presence) {
        var status = register(agent);
        if (presence == null || presence == Presence.BUSY_ON_CONTACT) {
            throw new InvalidInputException("presence", "must be AVAILABLE, AFTER_CALL_WORK or AWAY");
        }
        if (presence != Presence.AFTER_CALL_WORK
                && callbacks.activeOf(agent.id()).isPresent()) {
            throw new InvalidInputException("presence", "complete the callback in hand first");
        }
        if (status.presence() != presence
                && !agents.changePresence(agent.id(), status.presence(), presence, clock.instant())) {
            throw new StaleEditException("Agent presence", agent.id());
        }
        return desk(agent);
    }

    @Transactional
    @Override
    public Callback acceptNext(HelplineUser agent) {
        var status = readyToAccept(agent);
        for (var candidate : callbacks.offeredTo(agent.id(), status.organisationId(), status.partnerId(), CANDIDATES)) {
            if (claim(agent, status, candidate)) {
                return callbacks.find(candidate.id()).orElseThrow();
            }
        }
        throw new NotFoundException("Waiting callback for agent", agent.id());
    }

    @Transactional
    @Override
    public Callback accept(HelplineUser agent, UUID callbackId) {
        var status = readyToAccept(agent);
        var offered = callbacks.offeredTo(agent.id(), status.organisationId(), status.partnerId(), 200).stream()
                .filter(candidate -> candidate.id().equals(callbackId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("callbackId", "is not waiting for you any more"));
        if (!claim(agent, status, offered)) {
            throw new InvalidInputException("callbackId", "another agent took it first");
        }
        return callbacks.find(callbackId).orElseThrow();
    }

    @Transactional
    @Override
    public Callback endCall(HelplineUser agent, UUID callbackId) {
        if (!callbacks.endCall(callbackId, agent.id(), clock.instant())) {
            throw new InvalidInputException("callbackId", "is not a call of yours in progress");
        }
        agents.changePresence(agent.id(), Presence.BUSY_ON_CONTACT, Presence.AFTER_CALL_WORK, clock.instant());
        return callbacks.find(callbackId).orElseThrow();
    }

    @Transactional
    @Override
    public Callback complete(HelplineUser agent, UUID callbackId) {
        var callback = callbacks
                .find(callbackId)
                .filter(found -> agent.id().equals(found.agentId()))
                .orElseThrow(() -> new InvalidInputException("callbackId", "is not a callback of yours"));
        var now = clock.instant();
        int handle =
                (int) Math.max(1, Duration.between(callback.acceptedAt(), now).toSeconds());
        if (!callbacks.complete(callbackId, agent.id(), now, handle)) {
            throw new InvalidInputException("callbackId", "is already completed");
        }
        var status = agents.find(agent.id()).orElseThrow();
        agents.changePresence(agent.id(), status.presence(), Presence.AVAILABLE, now);
        return callbacks.find(callbackId).orElseThrow();
    }

    @Transactional
    @Override
    public AgentStatus changeSkills(HelplineUser supervisor, UUID agentId, AgentSkills skills, long version) {
        if (!supervisor.hasAny(List.of(Role.SUPERVISOR, Role.ORG_ADMIN))) {
            throw new ForbiddenException("Only supervisors and organisation admins change agents' skills.");
        }
        var agent = agents.find(agentId)
                .filter(found -> found.organisationId().equals(supervisor.organisationId()))
                .orElseThrow(() -> new NotFoundException("Agent", agentId));
        var checked = SkillRules.check(skills);
        if (agent.version() != version || !agents.bumpVersion(agentId, version)) {
            throw new StaleEditException("Agent", agentId);
        }
        agents.replaceSkills(agentId, checked);
        return agents.find(agentId).orElseThrow();
    }

    @Transactional
    @Override
    public AgentStatus provision(UUID userId, String name, String organisationId, UUID partnerId, AgentSkills skills) {
        var checked = SkillRules.check(skills);
        if (agents.find(userId).isEmpty()) {
            agents.insert(new AgentStatus(
                    userId, name, organisationId, partnerId, Presence.AWAY, clock.instant(), checked, 0));
        } else {
            agents.replaceSkills(userId, checked);
        }
        return agents.find(userId).orElseThrow();
    }

    @Transactional(readOnly = true)
    @Override
    public List<AgentStatus> agents(HelplineUser supervisor) {
        return agents.inOrganisation(supervisor.organisationId());
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<AgentSkills> skillsOf(UUID agentId) {
        return agents.find(agentId).map(AgentStatus::skills);
    }

    private boolean claim(HelplineUser agent, AgentStatus status, Callback candidate) {
        var now = clock.instant();
        if (!callbacks.claim(candidate.tenantId(), candidate.id(), status.userId(), now)) {
            return false;
        }
        if (!agents.changePresence(status.userId(), Presence.AVAILABLE, Presence.BUSY_ON_CONTACT, now)) {
            throw new StaleEditException("Agent presence", status.userId());
        }
        estimates.answered(candidate.id(), now);
        if (agent.hasAny(List.of(Role.AGENT, Role.SUPERVISOR))) {
            var call = phoneCalls.start(agent, candidate.tenantId(), candidate.phoneE164());
            callbacks.linkCall(candidate.id(), call.id());
        }
        return true;
    }

    private AgentStatus readyToAccept(HelplineUser agent) {
        var status = register(agent);
        if (status.presence() != Presence.AVAILABLE
                || callbacks.activeOf(agent.id()).isPresent()) {
            throw new InvalidInputException(
                    "presence", "only an available agent without a callback in hand accepts one");
        }
        return status;
    }

    private AgentStatus register(HelplineUser agent) {
        if (!agent.isStaff() && !agent.has(Role.PARTNER_AGENT)) {
            throw new ForbiddenException("Only agents take callbacks.");
        }
        return agents.find(agent.id()).orElseGet(() -> {
            var languages = new LinkedHashSet<String>();
            languages.add(tenants.organisation(agent.organisationId())
                    .defaultLanguage()
                    .toLanguageTag());
            agent.chosenLocale().ifPresent(locale -> languages.add(SkillRules.language(locale.toLanguageTag())));
            var status = new AgentStatus(
                    agent.id(),
                    agent.name(),
                    agent.organisationId(),
                    agent.partnerId().orElse(null),
                    Presence.AWAY,
                    clock.instant(),
                    new AgentSkills(List.copyOf(languages), List.of()),
                    0);
            agents.insert(status);
            return status;
        });
    }
}
