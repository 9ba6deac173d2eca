package org.helpline.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a message of the outbox stands, as people read it. {@code acceptedAt} is when the SMTP
 * server or text gateway took it (null until then), {@code nextAttemptAt} when a pending or
 * retrying message is tried next, {@code lastAttemptAt} when it was last tried, and
 * {@code lastError} why the last attempt failed.
 */
public record DeliveryStatus(
        UUID id,
        DeliveryChannel channel,
        State state,
        int attempts,
        Instant acceptedAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastError) {

    /**
     * A message is pending until its first attempt, retrying after an attempt that failed for a
     * reason that may pass, sent once accepted, and failed when given up or bounced.
     */
    public enum State {
        PENDING,
        RETRYING,
        SENT,
        FAILED;

        /** Whether the state can still change by itself. */
        public boolean inFlight() {
            return this == PENDING || this == RETRYING;
        }

        /** The state of a stored row: {@code PENDING} with attempts behind it is retrying. */
        public static State of(String stored, int attempts) {
            return switch (stored) {
                case "DELIVERED" -> SENT;
                case "FAILED" -> FAILED;
                default -> attempts > 0 ? RETRYING : PENDING;
            };
        }
    }
}
