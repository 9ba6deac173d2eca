package org.helpline.identity.internal;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as stored: only the hash of its secret is kept. */
public record ApiTokenRow(
        UUID id,
        UUID userId,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
