package org.helpline.phone.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * The code most recently sent on a call: where to (masked), until when, how many wrong entries
 * are left, its state ({@code OPEN}, {@code CONFIRMED}, {@code REPLACED}, {@code EXPIRED},
 * {@code FAILED}) and where its message stands: {@code delivery} is {@code PENDING},
 * {@code RETRYING}, {@code SENT} (accepted by the mail server or text gateway at
 * {@code acceptedAt}) or {@code FAILED}, and {@code deliveryError} says why the last attempt
 * failed.
 */
public record Challenge(
        UUID id,
        VerificationChannel channel,
        String destination,
        Instant expiresAt,
        int triesLeft,
        String state,
        String delivery,
        String deliveryError,
        Instant acceptedAt) {

    /** Whether the delivery can still change by itself, so the console keeps asking. */
    public boolean deliveryInFlight() {
        return "PENDING".equals(delivery) || "RETRYING".equals(delivery);
    }
}
