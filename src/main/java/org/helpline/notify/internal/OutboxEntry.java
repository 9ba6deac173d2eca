package org.helpline.notify.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.notify.DeliveryChannel;
import org.helpline.notify.DeliveryStatus;

/**
 * A message of the outbox as an org admin sees it. {@code kind} says what it is in words
 * ({@code verification-code}, {@code request-filed}), from its {@code template} and
 * {@code subjectKey}; {@code notResendable} says why a failed message cannot be sent
 * again, and is null when it can or when it has not failed.
 */
public record OutboxEntry(
        UUID id,
        DeliveryChannel channel,
        String kind,
        String template,
        String subjectKey,
        String recipient,
        DeliveryStatus.State status,
        int attempts,
        Instant createdAt,
        Instant acceptedAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError,
        MessageNotResendableException.Reason notResendable) {

    public boolean resendable() {
        return status == DeliveryStatus.State.FAILED && notResendable == null;
    }
}
