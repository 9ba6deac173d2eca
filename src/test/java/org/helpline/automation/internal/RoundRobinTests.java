package org.helpline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.contact.AgentAtWork;
import org.junit.jupiter.api.Test;

class RoundRobinTests {

    private final AgentAtWork ann = new AgentAtWork(UUID.randomUUID(), "Ann");
    private final AgentAtWork bob = new AgentAtWork(UUID.randomUUID(), "Bob");
    private final AgentAtWork cy = new AgentAtWork(UUID.randomUUID(), "Cy");

    @Test
    void theAgentWithTheFewestOpenRequestsIsNext() {
        var open = Map.of(ann.userId(), 3L, bob.userId(), 1L, cy.userId(), 2L);

        assertThat(RoundRobin.next(List.of(ann, bob, cy), open, Map.of())).contains(bob);
    }

    @Test
    void amongEqualsTheOneWhoWaitedLongestSinceTheLastAutomaticRequestIsNextAndNeverFirst() {
        var last = Map.of(
                ann.userId(), Instant.parse("2026-12-08T10:00:00Z"),
                bob.userId(), Instant.parse("2026-12-08T09:00:00Z"));

        assertThat(RoundRobin.next(List.of(ann, bob), Map.of(), last)).contains(bob);
        assertThat(RoundRobin.next(List.of(ann, bob, cy), Map.of(), last)).contains(cy);
    }

    @Test
    void nobodyAtWorkMeansNobody() {
        assertThat(RoundRobin.next(List.of(), Map.of(), Map.of())).isEmpty();
    }
}
