package org.helpline.requests.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.requests.ServiceRequest;
import org.springframework.stereotype.Component;

/** The automation's way in: the queries of {@link DueRequests} and the steps of {@link AutomaticSteps}. */
@Component
public class Automation {

    private final DueRequests due;
    private final AutomaticSteps steps;

    Automation(DueRequests due, AutomaticSteps steps) {
        this.due = due;
        this.steps = steps;
    }

    public List<ServiceRequest> resolvedBefore(String organisationId, Instant cutoff, int limit) {
        return due.resolvedBefore(organisationId, cutoff, limit);
    }

    public List<ServiceRequest> unassignedNew(String organisationId, Instant since, int limit) {
        return due.unassignedNew(organisationId, since, limit);
    }

    public Map<UUID, Long> openPerAssignee(String organisationId) {
        return due.openPerAssignee(organisationId);
    }

    public boolean closeResolved(UUID id, Instant cutoff, String rule) {
        return steps.closeResolved(id, cutoff, rule);
    }

    public boolean remind(UUID id, Instant since, String rule) {
        return steps.remind(id, since, rule);
    }

    public boolean assign(UUID id, UUID agentId, String agentName, String rule) {
        return steps.assign(id, agentId, agentName, rule);
    }
}
