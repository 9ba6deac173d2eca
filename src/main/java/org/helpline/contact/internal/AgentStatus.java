package org.helpline.contact.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.contact.AgentSkills;

/** An agent's presence and skills; {@code version} guards concurrent changes. */
public record AgentStatus(
        UUID userId,
        String name,
        String organisationId,
        UUID partnerId,
        Presence presence,
        Instant presenceSince,
        AgentSkills skills,
        long version) {}
