package org.helpline.phone.internal;

import java.time.Instant;
import java.util.UUID;

/** A code is on its way; the code itself is never part of any answer. */
public record SentCode(UUID challengeId, VerificationChannel channel, String destination, Instant expiresAt) {}
