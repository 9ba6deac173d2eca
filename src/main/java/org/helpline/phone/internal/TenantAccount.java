package org.helpline.phone.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.TenantProfile;

/**
 * The tenant's account as an agent may see it during a verified call: its profile (contract,
 * partner, registered contacts, subscriptions) and its recent requests.
 */
public record TenantAccount(UUID callId, Grant grant, TenantProfile profile, List<CallerRequest> requests) {}
