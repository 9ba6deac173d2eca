package org.helpline.identity.internal;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as stored: only the hash of its secret is kept. */
public record ApiTokenRow(
        UUID id,
        UUID userId,
        String name,
        TokenScope scope,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
