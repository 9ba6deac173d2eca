package org.helpline.notify.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.notify.DeliveryChannel;

/** One stored message as the worker sees it; {@code secretPayload} is encrypted, or null once erased. */
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
        String lastError) {}
