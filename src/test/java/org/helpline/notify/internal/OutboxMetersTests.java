package org.helpline.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.helpline.notify.DeliveryChannel;
import org.junit.jupiter.api.Test;

class OutboxMetersTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SteppingClock clock = new SteppingClock();
    private final OutboxMeters meters = new OutboxMeters(registry, clock);

    @Test
    void countsSentAndFailedMessagesByChannel() {
        meters.sent(DeliveryChannel.EMAIL, 3);
        meters.sent(DeliveryChannel.TEXT, 1);
        meters.failed(DeliveryChannel.TEXT, 2);

        assertThat(registry.get("helpline.outbox.sent")
                        .tag("channel", "email")
                        .counter()
                        .count())
                .isEqualTo(3);
        assertThat(registry.get("helpline.outbox.sent")
                        .tag("channel", "text")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("helpline.outbox.failed")
                        .tag("channel", "text")
                        .counter()
                        .count())
                .isEqualTo(2);
    }

    @Test
    void thePendingGaugeShowsTheLastCountWhichIsDueAtMostEveryTenSeconds() {
        assertThat(meters.pendingDue()).isTrue();
        meters.pending(42);
        assertThat(registry.get("helpline.outbox.pending").gauge().value()).isEqualTo(42);

        clock.advance(Duration.ofSeconds(9));
        assertThat(meters.pendingDue()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(meters.pendingDue()).isTrue();
        assertThat(meters.pendingDue()).isFalse();
    }

    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T14:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
