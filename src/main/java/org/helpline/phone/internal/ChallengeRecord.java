package org.helpline.phone.internal;

import java.time.Instant;
import java.util.UUID;

/** A stored challenge: only the keyed hash of its code is kept, never the code. */
record ChallengeRecord(
        UUID tenantId,
        UUID id,
        UUID callId,
        UUID agentId,
        String callerE164,
        VerificationChannel channel,
        UUID destinationId,
        String maskedDestination,
        String codeHash,
        Instant createdAt,
        Instant expiresAt,
        int wrongTries,
        String state,
        UUID messageId) {

    public static final String OPEN = "OPEN";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String REPLACED = "REPLACED";
    public static final String EXPIRED = "EXPIRED";
    public static final String FAILED = "FAILED";
}
