package org.helpline.cannedreplies.internal;

import java.util.UUID;
import org.helpline.shared.HelplineUser;

/** The desk whose replies an agent shares: their organisation's own staff, or their partner's agents. */
record Desk(String organisationId, UUID partnerId) {

    static Desk of(HelplineUser agent) {
        return new Desk(agent.organisationId(), agent.partnerId().orElse(null));
    }
}
