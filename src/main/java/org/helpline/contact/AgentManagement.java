package org.helpline.contact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.contact.internal.AgentDesk;
import org.helpline.contact.internal.AgentStatus;
import org.helpline.contact.internal.Callback;
import org.helpline.contact.internal.Presence;
import org.helpline.shared.HelplineUser;

/**
 * The agents' side of "Contact me": presence, skills, and working the callback queue. An agent is
 * offered the first waiting callback that matches their skills, most severe then oldest first;
 * accepting claims it atomically, so two agents never get the same one, and
 * an agent holds at most one callback at a time. Accepting also starts the call in the phone
 * module, which grants access at once for a registered number and otherwise lets the agent verify
 * the caller with a code. Completing records the handle time (from accepting to completing,
 * after-call work included).
 */
public interface AgentManagement {

    /** The agent's presence, active callback and offer; a first visit registers the agent as away. */
    AgentDesk desk(HelplineUser agent);

    /** Sets available, after-call work or away; busy comes only from accepting a callback. */
    AgentDesk changePresence(HelplineUser agent, Presence presence);

    /** Claims the first callback offered to the agent; empty handed when none waits. */
    Callback acceptNext(HelplineUser agent);

    /** Claims this callback, if it is still waiting and matches the agent's skills. */
    Callback accept(HelplineUser agent, UUID callbackId);

    /** The call is over; the agent moves to after-call work. */
    Callback endCall(HelplineUser agent, UUID callbackId);

    /** Done, after-call work included: records the handle time and makes the agent available. */
    Callback complete(HelplineUser agent, UUID callbackId);

    /** A supervisor or organisation admin sets an agent's languages and services of their organisation. */
    AgentStatus changeSkills(HelplineUser supervisor, UUID agentId, AgentSkills skills, long version);

    /**
     * Provisions an agent with skills (demo data, imports); an agent already known keeps presence and
     * gets the new skills. The agent starts away.
     */
    AgentStatus provision(UUID userId, String name, String organisationId, UUID partnerId, AgentSkills skills);

    List<AgentStatus> agents(HelplineUser supervisor);

    /** The skills of an agent known to the contact desk; empty for one who never opened it. */
    Optional<AgentSkills> skillsOf(UUID agentId);
}
