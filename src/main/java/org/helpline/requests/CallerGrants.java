package org.helpline.requests;

import java.util.UUID;
import org.helpline.shared.HelplineUser;

/**
 * Whether an agent on the phone has verified the caller of a tenant, which filing on the
 * tenant's behalf requires. The phone module provides the implementation; without one, agents
 * cannot file on behalf of tenants (403) while partner agents, who need no call, still can.
 */
public interface CallerGrants {

    /** Whether the agent holds an active verification grant for the tenant right now. */
    boolean hasGrant(HelplineUser agent, UUID tenantId);
}
