package org.helpline.contact.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.Severity;

/**
 * A customer waiting to be called back. {@code partnerId} is set when the partner of record
 * handles it; {@code registeredPhone} says whether the number is in the tenant's profile (if not,
 * the agent verifies the caller first, R-9); {@code phoneCallId} is the call started in the phone
 * module on accepting; {@code handleSeconds} is set on completion.
 */
@org.springframework.modulith.NamedInterface("desk")
public record Callback(
        UUID id,
        UUID tenantId,
        String organisationId,
        UUID partnerId,
        UUID requestId,
        String requestNumber,
        String phoneE164,
        boolean registeredPhone,
        String language,
        String serviceId,
        Severity severity,
        CallbackState state,
        Instant requestedAt,
        UUID agentId,
        Instant acceptedAt,
        Instant completedAt,
        Integer handleSeconds,
        UUID phoneCallId,
        long version) {

    /** The queue this callback waits in. */
    public QueueKey queue() {
        return new QueueKey(organisationId, partnerId, language);
    }
}
