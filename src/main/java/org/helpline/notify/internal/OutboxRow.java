package org.helpline.notify.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.notify.DeliveryChannel;

/**
 * One stored message; {@code secretPayload} is encrypted, or null once erased ({@code hasSecrets}
 * tells whether it ever had secret values).
 */
public record OutboxRow(
        UUID id,
        DeliveryChannel channel,
        String recipient,
        String locale,
        String template,
        String subjectKey,
        String payload,
        String secretPayload,
        String status,
        int attempts,
        Instant notAfter,
        Instant deliveredAt,
        String lastError,
        boolean hasSecrets,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt) {}
