package org.helpline.requests;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.requests.internal.Automation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Helpline's routine automation may do to requests without a person: find the requests a rule
 * applies to in a support organisation, and take one step on one request, each in a transaction of
 * its own. A step that no longer applies, or was already taken, does nothing and answers false, so
 * a job that runs twice changes each request once. Every step is in the request's history (no
 * actor: Helpline, the rule as the reason) and in the audit trail with its rule.
 */
@Service
public class RequestAutomation {

    private final Automation automation;

    RequestAutomation(Automation automation) {
        this.automation = automation;
    }

    /** Resolved at or before {@code cutoff}, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ServiceRequest> resolvedBefore(String organisationId, Instant cutoff, int limit) {
        return automation.resolvedBefore(organisationId, cutoff, limit);
    }

    /**
     * Closes the request if it is still resolved since at or before {@code cutoff} and its customer
     * has not written since; the closing e-mail and the survey follow from the status change.
     */
    @Transactional
    public boolean closeResolved(UUID requestId, Instant cutoff, String rule) {
        return automation.closeResolved(requestId, cutoff, rule);
    }

    /** Reminds the customer once per wait ({@code since}) while the request still waits for them. */
    @Transactional
    public boolean remindCustomer(UUID requestId, Instant since, String rule) {
        return automation.remind(requestId, since, rule);
    }

    /** New requests received at or after {@code since} that nobody holds, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ServiceRequest> unassignedNew(String organisationId, Instant since, int limit) {
        return automation.unassignedNew(organisationId, since, limit);
    }

    /** How many open requests each agent of the organisation holds; an agent with none is absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> openRequestsPerAgent(String organisationId) {
        return automation.openPerAssignee(organisationId);
    }

    /** Gives the request to the agent if it is still new and nobody's. */
    @Transactional
    public boolean assignAutomatically(UUID requestId, UUID agentId, String agentName, String rule) {
        return automation.assign(requestId, agentId, agentName, rule);
    }
}
