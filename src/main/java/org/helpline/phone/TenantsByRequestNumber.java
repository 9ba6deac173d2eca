package org.helpline.phone;

import java.util.Optional;
import java.util.UUID;
import org.helpline.shared.HelplineUser;

/**
 * Finds the tenant of a service request by its number, so an agent can find a caller's account
 * by the number they read out. The requests module implements it ({@code phone} cannot depend on
 * {@code requests}); without an implementation tenants are found by name and domain only.
 */
public interface TenantsByRequestNumber {

    /** The tenant of the request with this number, if the agent may see that request. */
    Optional<UUID> tenantOf(HelplineUser agent, String requestNumber);
}
