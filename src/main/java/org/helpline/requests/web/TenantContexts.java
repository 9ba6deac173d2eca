package org.helpline.requests.web;

import org.helpline.requests.ServiceRequest;
import org.helpline.requests.internal.Reading;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/** Gathers the customer's side of a request for the agent's sidebar. */
@Component
class TenantContexts {

    private static final int RECENT_REQUESTS = 20;

    private static final int OTHER_OPEN = 5;

    private static final int RECENT_CALLS = 5;

    private final TenantManagement tenants;
    private final Reading reading;

    TenantContexts(TenantManagement tenants, Reading reading) {
        this.tenants = tenants;
        this.reading = reading;
    }

    /** The tenant as the agent's organisation knows it; the other requests are those the agent may see. */
    TenantContext of(HelplineUser agent, ServiceRequest request) {
        var tenant = tenants.findProfileInOrganisation(request.organisationId(), request.tenantId())
                .orElse(null);
        var otherOpen = reading.recentOfTenant(agent, request.tenantId(), RECENT_REQUESTS).stream()
                .filter(other ->
                        !other.id().equals(request.id()) && other.status().isOpen())
                .limit(OTHER_OPEN)
                .toList();
        var calls = reading.recentCallsOfTenant(agent, request.tenantId(), RECENT_CALLS);
        return new TenantContext(tenant, otherOpen, calls);
    }
}
