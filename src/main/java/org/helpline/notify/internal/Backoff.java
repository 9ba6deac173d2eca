package org.helpline.notify.internal;

import java.time.Duration;

/** Exponential backoff: the n-th retry waits {@code first * 2^(n-1)}, never longer than {@code max}. */
record Backoff(Duration first, Duration max) {

    Duration afterAttempt(int attempt) {
        var exponent = Math.min(Math.max(attempt - 1, 0), 30);
        var delay = first.multipliedBy(1L << exponent);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
