package org.helpline.cannedreplies.internal;

import java.util.Collection;
import org.helpline.cannedreplies.CannedReply;
import org.helpline.cannedreplies.ReplyScope;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;

/**
 * Who may read and who may change a canned reply of their desk. Everyone reads the desk's replies
 * and their own; a team's reply is read by supervisors and by the agents who handle its service
 * ({@code services} is the agent's skill list from the contact desk, empty meaning every service).
 * A personal reply is changed by its author only, a team's or the desk's by a supervisor.
 */
record ReplyAccess(HelplineUser agent, Collection<String> services) {

    boolean reads(CannedReply reply) {
        return switch (reply.scope()) {
            case PERSONAL -> agent.id().equals(reply.ownerId());
            case ORGANISATION -> true;
            case TEAM -> isSupervisor() || services.isEmpty() || services.contains(reply.serviceId());
        };
    }

    boolean changes(CannedReply reply) {
        return reads(reply) && writes(reply.scope());
    }

    boolean writes(ReplyScope scope) {
        return scope == ReplyScope.PERSONAL || isSupervisor();
    }

    boolean isSupervisor() {
        return agent.has(Role.SUPERVISOR);
    }
}
