package org.helpline.automation.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.contact.AgentAtWork;

/**
 * Who gets the next new request of a queue: among the agents who could take it, those with the
 * fewest open requests, and of them the one whose last automatic request is the oldest (never
 * first), then by name: round robin among equals.
 */
final class RoundRobin {

    private RoundRobin() {}

    static Optional<AgentAtWork> next(
            List<AgentAtWork> candidates, Map<UUID, Long> openRequests, Map<UUID, Instant> lastAssigned) {
        return candidates.stream()
                .min(Comparator.comparingLong((AgentAtWork agent) -> openRequests.getOrDefault(agent.userId(), 0L))
                        .thenComparing(agent -> lastAssigned.getOrDefault(agent.userId(), Instant.MIN))
                        .thenComparing(AgentAtWork::name)
                        .thenComparing(AgentAtWork::userId));
    }
}
