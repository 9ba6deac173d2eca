package org.helpline.phone.internal;

import java.time.Instant;
import java.util.UUID;

/** A stored call. The grant is active while the call goes on and its expiry is ahead. */
public record CallRecord(
        UUID tenantId,
        UUID id,
        String organisationId,
        UUID agentId,
        String callerE164,
        boolean registered,
        Instant startedAt,
        Instant endedAt,
        GrantReason grantReason,
        Instant grantedAt,
        Instant grantExpiresAt) {

    public boolean ended() {
        return endedAt != null;
    }

    public boolean grantActive(Instant now) {
        return !ended() && grantReason != null && now.isBefore(grantExpiresAt);
    }

    /** The grant if it is active at {@code now}, else null. */
    public Grant grantAt(Instant now) {
        return grantActive(now) ? new Grant(grantReason, grantedAt, grantExpiresAt) : null;
    }
}
