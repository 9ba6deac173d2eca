package org.helpline.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The history's clock: the past for the threads writing it, the earliest of it for others, then the present. */
class HistoryClockTests {

    private static final Instant PRESENT = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-09-07T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-09-08T09:00:00Z");

    private final HistoryClock history = new HistoryClock();
    private final Clock clock =
            (Clock) history.postProcessAfterInitialization(Clock.fixed(PRESENT, ZoneOffset.UTC), "clock");

    @Test
    void leavesOtherBeansAlone() {
        var bean = new Object();

        assertThat(history.postProcessAfterInitialization(bean, "other")).isSameAs(bean);
    }

    @Test
    void aThreadWritingHistoryReadsItsOwnInstant() {
        history.travelTo(MONDAY);
        try {
            assertThat(clock.instant()).isEqualTo(MONDAY);
            assertThat(clock.millis()).isEqualTo(MONDAY.toEpochMilli());
        } finally {
            history.backToPresent();
        }
    }

    @Test
    void anyOtherThreadReadsTheEarliestInstantOfTheWritingThreads() throws Exception {
        var travelled = new CountDownLatch(1);
        var done = new CountDownLatch(1);
        var writer = new Thread(() -> {
            history.travelTo(MONDAY);
            travelled.countDown();
            await(done);
            history.backToPresent();
        });
        writer.start();
        travelled.await();
        history.travelTo(TUESDAY);
        try {
            var seenElsewhere = new AtomicReference<Instant>();
            var reader = new Thread(() -> seenElsewhere.set(clock.instant()));
            reader.start();
            reader.join();

            assertThat(seenElsewhere).hasValue(MONDAY);
            assertThat(clock.instant()).isEqualTo(TUESDAY);
        } finally {
            history.backToPresent();
            done.countDown();
            writer.join();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void backInThePresentItReadsTheClockItWraps() throws Exception {
        history.travelTo(MONDAY);
        history.backToPresent();

        assertThat(clock.instant()).isEqualTo(PRESENT);
        var seenElsewhere = new AtomicReference<Instant>();
        var reader = new Thread(() -> seenElsewhere.set(clock.instant()));
        reader.start();
        reader.join();
        assertThat(seenElsewhere).hasValue(PRESENT);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
