package org.helpline.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;

/**
 * Which agents may act for a tenant because the phone module verified its caller: filing on
 * the tenant's behalf and logging a call need it. The phone module passes each grant in when it
 * gives it and ends it with the call, so requests never asks phone; a grant past its end no longer
 * counts.
 */
@Component
public class CallerAccess {

    private final CallerGrants grants;
    private final Clock clock;

    CallerAccess(CallerGrants grants, Clock clock) {
        this.grants = grants;
        this.clock = clock;
    }

    public void granted(UUID tenantId, UUID callId, UUID agentId, Instant expiresAt) {
        grants.insert(tenantId, callId, agentId, expiresAt, clock.instant());
    }

    public void ended(UUID tenantId, UUID callId) {
        grants.delete(tenantId, callId);
    }

    boolean granted(HelplineUser agent, UUID tenantId) {
        return agent != null && tenantId != null && grants.active(agent.id(), tenantId, clock.instant());
    }
}
