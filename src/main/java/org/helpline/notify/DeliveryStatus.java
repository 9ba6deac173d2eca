package org.helpline.notify;

import java.time.Instant;
import java.util.UUID;

/** Where a message of the outbox stands; {@code lastError} says why the last attempt failed. */
public record DeliveryStatus(UUID id, State state, int attempts, Instant deliveredAt, String lastError) {

    /** A message waits (and is retried) until it is delivered or given up. */
    public enum State {
        PENDING,
        DELIVERED,
        FAILED
    }
}
