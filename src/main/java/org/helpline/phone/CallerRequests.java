package org.helpline.phone;

import java.util.List;
import java.util.UUID;
import org.helpline.shared.HelplineUser;

/**
 * The tenant's service requests as the call console lists them under a grant. The requests
 * module implements it (it depends on {@code phone}, so {@code phone} cannot call it directly);
 * without an implementation the console shows no requests.
 */
public interface CallerRequests {

    /** The tenant's most recent requests the agent may see, newest first, at most {@code limit}. */
    List<CallerRequest> recent(HelplineUser agent, UUID tenantId, int limit);
}
