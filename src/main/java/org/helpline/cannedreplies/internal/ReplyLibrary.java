package org.helpline.cannedreplies.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.cannedreplies.CannedReply;
import org.helpline.cannedreplies.ReplyDraft;
import org.helpline.cannedreplies.ReplyScope;
import org.helpline.contact.AgentManagement;
import org.helpline.contact.AgentSkills;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.shared.StaleEditException;
import org.springframework.stereotype.Component;

/**
 * The canned replies of an agent's desk: reading with {@link ReplyAccess}, and writing after
 * {@link ReplyChecks}. A reply the agent
 * may not read answers 404 like one that does not exist; one they read but may not change, 403.
 */
@Component
public class ReplyLibrary {

    private final CannedReplyRows rows;
    private final AgentManagement agents;
    private final ReplyChecks checks;
    private final AuditTrail audit;
    private final Clock clock;

    ReplyLibrary(CannedReplyRows rows, AgentManagement agents, ReplyChecks checks, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.agents = agents;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CannedReply> readable(HelplineUser agent) {
        var access = access(agent);
        return rows.readableBy(Desk.of(agent), agent.id()).stream()
                .filter(access::reads)
                .toList();
    }

    public CannedReply reply(HelplineUser agent, UUID id) {
        return rows.find(Desk.of(agent), id)
                .filter(access(agent)::reads)
                .orElseThrow(() -> new NotFoundException("Canned reply", id));
    }

    /** Whether the agent may change {@code reply}, and write replies of {@code scope}. */
    public boolean changes(HelplineUser agent, CannedReply reply) {
        return access(agent).changes(reply);
    }

    public boolean writes(HelplineUser agent, ReplyScope scope) {
        return access(agent).writes(scope);
    }

    public CannedReply create(HelplineUser agent, ReplyDraft draft) {
        check(agent, draft);
        var reply = of(UUID.randomUUID(), agent.id(), draft, 0);
        rows.insert(Desk.of(agent), reply, agent.id());
        audit.record("canned-reply.created", null, reply.shortcut(), details(reply));
        return reply;
    }

    public CannedReply change(HelplineUser agent, UUID id, ReplyDraft draft) {
        var current = reply(agent, id);
        mayChange(agent, current);
        check(agent, draft);
        if (draft.version() == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        var owner = current.ownerId() != null ? current.ownerId() : agent.id();
        var changed = of(id, owner, draft, draft.version() + 1);
        if (!rows.update(Desk.of(agent), changed, draft.version())) {
            throw new StaleEditException("Canned reply", id);
        }
        audit.record("canned-reply.changed", null, changed.shortcut(), details(changed));
        return reply(agent, id);
    }

    public void remove(HelplineUser agent, UUID id) {
        var current = reply(agent, id);
        mayChange(agent, current);
        rows.delete(Desk.of(agent), id);
        audit.record("canned-reply.removed", null, current.shortcut(), details(current));
    }

    private void mayChange(HelplineUser agent, CannedReply reply) {
        if (!access(agent).changes(reply)) {
            throw new ForbiddenException("Only a supervisor changes the replies of a team or of the desk.");
        }
    }

    private void check(HelplineUser agent, ReplyDraft draft) {
        checks.check(agent.organisationId(), draft);
        if (!access(agent).writes(draft.scope())) {
            throw new ForbiddenException("Only a supervisor writes the replies of a team or of the desk.");
        }
    }

    /** The reply a draft describes; {@code ownerId} is kept only for a personal reply. */
    private CannedReply of(UUID id, UUID ownerId, ReplyDraft draft, long version) {
        return new CannedReply(
                id,
                draft.scope(),
                draft.scope() == ReplyScope.PERSONAL ? ownerId : null,
                draft.scope() == ReplyScope.TEAM ? draft.serviceId() : null,
                draft.shortcut(),
                draft.title().strip(),
                ReplyRules.blankToNull(draft.bodyEn()),
                ReplyRules.blankToNull(draft.bodyPl()),
                ReplyRules.blankToNull(draft.bodyZhCn()),
                draft.setStatus(),
                draft.setSeverity(),
                draft.setSeverity() == null ? null : ReplyRules.blankToNull(draft.severityReason()),
                draft.assignment(),
                clock.instant(),
                version);
    }

    private ReplyAccess access(HelplineUser agent) {
        if (!agent.hasAny(List.of(Role.AGENT, Role.SUPERVISOR, Role.PARTNER_AGENT))
                || agent.tenantId().isPresent()) {
            throw new ForbiddenException("Canned replies are for agents.");
        }
        var services = agents.skillsOf(agent.id()).map(AgentSkills::services).orElse(List.of());
        return new ReplyAccess(agent, services);
    }

    private static AuditDetails details(CannedReply reply) {
        return AuditDetails.of("name", reply.title()).and("scope", reply.scope());
    }
}
