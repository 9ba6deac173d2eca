package org.helpline.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Lets the demo history happen in the past: every {@link Clock} bean is handed out wrapped. A thread
 * writing history ({@link #travelTo}) reads the instant its history has reached, so the domain's own
 * code stamps the past; any other thread meanwhile (a timer sweeping for missed deadlines) reads the
 * earliest of those instants, so it never acts on a step that has not happened yet in every thread.
 * When every thread is {@link #backToPresent()}, each wrapper answers exactly what the clock it
 * wraps answers (the system clock, or a test's).
 */
class HistoryClock implements BeanPostProcessor {

    private final ThreadLocal<Instant> travelledTo = new ThreadLocal<>();
    private final Map<Thread, Instant> travellers = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Clock clock ? new Wrapped(clock) : bean;
    }

    /** Every clock read by this thread reads {@code instant} until the next call or {@link #backToPresent()}. */
    void travelTo(Instant instant) {
        travelledTo.set(Objects.requireNonNull(instant));
        travellers.put(Thread.currentThread(), instant);
    }

    void backToPresent() {
        travelledTo.remove();
        travellers.remove(Thread.currentThread());
    }

    private Instant now(Clock present) {
        if (travellers.isEmpty()) {
            return present.instant();
        }
        var mine = travelledTo.get();
        if (mine != null) {
            return mine;
        }
        return travellers.values().stream().min(Comparator.naturalOrder()).orElseGet(present::instant);
    }

    private final class Wrapped extends Clock {

        private final Clock present;

        Wrapped(Clock present) {
            this.present = present;
        }

        @Override
        public Instant instant() {
            return now(present);
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }

        @Override
        public ZoneId getZone() {
            return present.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Wrapped(present.withZone(zone));
        }
    }
}
