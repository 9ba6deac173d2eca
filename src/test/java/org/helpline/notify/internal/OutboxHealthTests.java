package org.helpline.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class OutboxHealthTests {

    private static final Instant NOW = Instant.parse("2026-12-07T14:00:00Z");

    @Test
    void upWhenNothingFailedInTheLastFifteenMinutes() {
        var messages = new FailuresSince(new OutboxMessages.RecentFailures(0, null, null));

        var health = new OutboxHealth(messages, Clock.fixed(NOW, ZoneOffset.UTC)).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("failedLast15Minutes", 0L);
        assertThat(messages.asked).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
    }

    @Test
    void degradedWithTheCountAndTheLatestReasonWhenMessagesFailed() {
        var latest = NOW.minusSeconds(30);
        var messages =
                new FailuresSince(new OutboxMessages.RecentFailures(3, "the SMTP server refused the address", latest));

        var health = new OutboxHealth(messages, Clock.fixed(NOW, ZoneOffset.UTC)).health();

        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails())
                .containsEntry("failedLast15Minutes", 3L)
                .containsEntry("latestReason", "the SMTP server refused the address")
                .containsEntry("latestFailureAt", latest.toString());
    }

    /** The outbox table reduced to the one answer the indicator asks for. */
    private static final class FailuresSince extends OutboxMessages {

        private final RecentFailures answer;
        private Instant asked;

        FailuresSince(RecentFailures answer) {
            super(null, null, null);
            this.answer = answer;
        }

        @Override
        RecentFailures failuresSince(Instant since) {
            asked = since;
            return answer;
        }
    }
}
