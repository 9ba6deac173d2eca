package org.helpline.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    @Test
    void doublesEachRetryUpToTheMaximum() {
        var backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));
        assertThat(backoff.afterAttempt(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.afterAttempt(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.afterAttempt(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(backoff.afterAttempt(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.afterAttempt(60)).isEqualTo(Duration.ofMinutes(5));
    }
}
