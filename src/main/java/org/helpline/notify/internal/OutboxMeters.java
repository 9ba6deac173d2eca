package org.helpline.notify.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.helpline.notify.DeliveryChannel;
import org.springframework.stereotype.Component;

/**
 * The outbox's meters: {@code helpline.outbox.sent} and {@code helpline.outbox.failed} count
 * messages by {@code channel}; the gauge {@code helpline.outbox.pending} is the number of
 * messages waiting (retries included) as the worker last counted it, at most every
 * {@link #PENDING_EVERY}, so a scrape never runs a query.
 */
@Component
class OutboxMeters {

    static final Duration PENDING_EVERY = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> countedAt = new AtomicReference<>(Instant.MIN);

    OutboxMeters(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("helpline.outbox.pending", pending, AtomicLong::get)
                .description("Messages waiting in the outbox, retries included")
                .register(registry);
    }

    void sent(DeliveryChannel channel, int messages) {
        counter("helpline.outbox.sent", "Messages accepted by the SMTP server or text gateway", channel)
                .increment(messages);
    }

    void failed(DeliveryChannel channel, int messages) {
        counter("helpline.outbox.failed", "Messages given up or bounced", channel)
                .increment(messages);
    }

    /** Whether the pending count is due to be refreshed; true for one caller only. */
    boolean pendingDue() {
        var now = clock.instant();
        var last = countedAt.get();
        return !now.isBefore(last.plus(PENDING_EVERY)) && countedAt.compareAndSet(last, now);
    }

    void pending(long messages) {
        pending.set(messages);
    }

    private Counter counter(String name, String description, DeliveryChannel channel) {
        return Counter.builder(name)
                .description(description)
                .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }
}
