package org.helpline.benchmarks;

import java.util.Arrays;

/** Latencies in nanoseconds summarised as median, p99 and max, in milliseconds. */
record SearchPercentiles(int count, double medianMillis, double p99Millis, double maxMillis) {

    static SearchPercentiles of(long[] nanos, int count) {
        var sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new SearchPercentiles(
                count,
                sorted[count / 2] / 1e6,
                sorted[(int) Math.ceil(count * 0.99) - 1] / 1e6,
                sorted[count - 1] / 1e6);
    }

    @Override
    public String toString() {
        return String.format("n=%d median=%.3f ms p99=%.3f ms max=%.3f ms", count, medianMillis, p99Millis, maxMillis);
    }
}
