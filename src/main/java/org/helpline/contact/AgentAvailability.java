package org.helpline.contact;

import java.util.List;
import java.util.UUID;
import org.helpline.contact.internal.AgentsAtWork;
import org.helpline.contact.internal.SkillRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which agents could take a piece of work now: at work (available, on a contact or in after-call
 * work, not away), of the organisation (and of the partner when a partner handles it, otherwise no
 * partner's), speaking its language and knowing its service (an agent without services knows
 * every service). Read by the automation that assigns new requests.
 */
@Service
public class AgentAvailability {

    private final AgentsAtWork agents;

    AgentAvailability(AgentsAtWork agents) {
        this.agents = agents;
    }

    /** {@code language} as a request states it (null or unknown: any); {@code serviceId} null: any. */
    @Transactional(readOnly = true)
    public List<AgentAtWork> atWork(String organisationId, UUID partnerId, String language, String serviceId) {
        return agents.find(organisationId, partnerId, SkillRules.language(language), serviceId);
    }
}
