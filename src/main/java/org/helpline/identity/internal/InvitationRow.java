package org.helpline.identity.internal;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code user_invitation}: the hash of a link's token and whom it sets up. */
record InvitationRow(String tokenHash, UUID userId, Instant expiresAt, Instant usedAt) {

    boolean openAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
