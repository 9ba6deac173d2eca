package org.helpline.notify.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code outbox}: {@code UP} when no message failed in the last
 * {@link #WINDOW}, else {@link #DEGRADED} with how many and the latest reason. Failed messages
 * never make the application unfit to serve, so {@code DEGRADED} answers HTTP 200 and is not part
 * of the liveness or readiness groups (application.properties).
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Status DEGRADED = new Status("DEGRADED", "messages failed in the last 15 minutes");

    private final OutboxMessages messages;
    private final Clock clock;

    OutboxHealth(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Health health() {
        var failures = messages.failuresSince(clock.instant().minus(WINDOW));
        if (failures.count() == 0) {
            return Health.up().withDetail("failedLast15Minutes", 0L).build();
        }
        return Health.status(DEGRADED)
                .withDetail("failedLast15Minutes", failures.count())
                .withDetail("latestFailureAt", failures.latestAt().toString())
                .withDetail("latestReason", failures.latestError())
                .build();
    }
}
