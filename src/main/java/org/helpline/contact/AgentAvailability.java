package org.helpline.contact;

import java.util.List;
import java.util.UUID;

/**
 * Which agents could take a piece of work now: at work (available, on a contact or in after-call
 * work, not away), of the organisation (and of the partner when a partner handles it, otherwise no
 * partner's), speaking its language and knowing its service (an agent without services knows
 * every service). Read by the automation that assigns new requests.
 */
public interface AgentAvailability {

    /** {@code language} as a request states it (null or unknown: any); {@code serviceId} null: any. */
    List<AgentAtWork> atWork(String organisationId, UUID partnerId, String language, String serviceId);
}
