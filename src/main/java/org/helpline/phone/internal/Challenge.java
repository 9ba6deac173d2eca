package org.helpline.phone.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * The code most recently sent on a call: where to (masked), until when, how many wrong entries
 * are left, its state ({@code OPEN}, {@code CONFIRMED}, {@code REPLACED}, {@code EXPIRED},
 * {@code FAILED}) and whether the message was delivered ({@code PENDING}, {@code DELIVERED},
 * {@code FAILED}, with {@code deliveryError}).
 */
public record Challenge(
        UUID id,
        VerificationChannel channel,
        String destination,
        Instant expiresAt,
        int triesLeft,
        String state,
        String delivery,
        String deliveryError) {}
