package org.helpline.automation.internal;

import java.time.Duration;
import java.time.Instant;
import org.helpline.contact.AgentAvailability;
import org.helpline.requests.RequestAutomation;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.StaleEditException;
import org.helpline.sla.CustomerWaits;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/**
 * One run of each routine over every support organisation, as its settings say. Each step on a
 * request is its own transaction in the requests module and does nothing when it no longer applies
 * or was taken already, so a run repeated, or overlapping another node's, changes each request
 * once; a request a person changed meanwhile is left to the next run. Each answers how many
 * requests it changed.
 */
@Component
public class Routines {

    static final String CLOSE_RULE = "automation:close-resolved-after-%d-days";
    static final String REMIND_RULE = "automation:remind-after-%d-days";
    static final String ASSIGN_RULE = "automation:assign-round-robin";

    private final Settings settings;
    private final RequestAutomation requests;
    private final CustomerWaits waits;
    private final AgentAvailability agents;
    private final Assignees assignees;
    private final TenantManagement tenancy;
    private final AutomationProperties properties;

    Routines(
            Settings settings,
            RequestAutomation requests,
            CustomerWaits waits,
            AgentAvailability agents,
            Assignees assignees,
            TenantManagement tenancy,
            AutomationProperties properties) {
        this.settings = settings;
        this.requests = requests;
        this.waits = waits;
        this.agents = agents;
        this.assignees = assignees;
        this.tenancy = tenancy;
        this.properties = properties;
    }

    public int closeResolved(Instant now) {
        int closed = 0;
        for (var organisation : tenancy.organisations()) {
            var days = settings.of(organisation.id()).closeResolvedAfterDays();
            if (days == null) {
                continue;
            }
            var cutoff = now.minus(Duration.ofDays(days));
            var rule = CLOSE_RULE.formatted(days);
            for (var request : requests.resolvedBefore(organisation.id(), cutoff, properties.batch())) {
                closed += step(() -> requests.closeResolved(request.id(), cutoff, rule));
            }
        }
        return closed;
    }

    public int remind(Instant now) {
        int reminded = 0;
        for (var organisation : tenancy.organisations()) {
            var days = settings.of(organisation.id()).remindAfterDays();
            if (days == null) {
                continue;
            }
            var after = Duration.ofDays(days);
            var rule = REMIND_RULE.formatted(days);
            for (var wait : waits.waiting(organisation.id(), properties.batch())) {
                if (ReminderTime.due(wait, after, now)) {
                    reminded += step(() -> requests.remindCustomer(wait.requestId(), wait.since(), rule));
                }
            }
        }
        return reminded;
    }

    public int assign(Instant now) {
        int assigned = 0;
        for (var organisation : tenancy.organisations()) {
            var since = settings.autoAssignSince(organisation.id());
            if (since.isPresent()) {
                assigned += assign(organisation.id(), since.get(), now);
            }
        }
        return assigned;
    }

    private int assign(String organisationId, Instant since, Instant now) {
        var open = new java.util.HashMap<>(requests.openRequestsPerAgent(organisationId));
        var last = assignees.lastAssigned(organisationId);
        int assigned = 0;
        for (var request : requests.unassignedNew(organisationId, since, properties.batch())) {
            var agent = RoundRobin.next(candidates(request), open, last);
            if (agent.isEmpty()) {
                continue;
            }
            var chosen = agent.get();
            if (step(() -> requests.assignAutomatically(request.id(), chosen.userId(), chosen.name(), ASSIGN_RULE))
                    == 1) {
                open.merge(chosen.userId(), 1L, Long::sum);
                last.put(chosen.userId(), now);
                assignees.assigned(organisationId, chosen.userId(), now);
                assigned++;
            }
        }
        return assigned;
    }

    private java.util.List<org.helpline.contact.AgentAtWork> candidates(ServiceRequest request) {
        var routing = request.routing();
        return agents.atWork(
                request.organisationId(),
                routing.byPartner() ? routing.partnerId() : null,
                request.contact().language(),
                request.serviceId());
    }

    private static int step(java.util.function.BooleanSupplier step) {
        try {
            return step.getAsBoolean() ? 1 : 0;
        } catch (StaleEditException changedMeanwhile) {
            return 0;
        }
    }
}
